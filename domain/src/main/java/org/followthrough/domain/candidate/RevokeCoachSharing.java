package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;

/** Stop sharing with a coach; from then on their figures leave this candidate out. */
public record RevokeCoachSharing(@TargetAggregateIdentifier CandidateId candidateId, String coachEmail) {
}
