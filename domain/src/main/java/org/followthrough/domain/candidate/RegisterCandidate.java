package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;

import java.time.ZoneId;

public record RegisterCandidate(@TargetAggregateIdentifier CandidateId candidateId, String displayName, ZoneId timeZone,
                                Region region) {
}
