package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;

/**
 * Ask to share with the coach account at this address, whose display name the candidate is about to be shown: nothing
 * becomes visible until they confirm that name ({@link ConfirmCoachShare}). For a coach already shared with it only
 * changes whether the timeline is included.
 */
public record ProposeCoachShare(@TargetAggregateIdentifier CandidateId candidateId, String coachEmail,
                                boolean shareTimeline, String coachDisplayName) {
}
