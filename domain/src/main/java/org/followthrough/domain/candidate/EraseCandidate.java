package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;

/** The candidate asked to be forgotten: their account goes, and every projection drops what it holds of them. */
public record EraseCandidate(@TargetAggregateIdentifier CandidateId candidateId) {
}
