package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;

/** Let the coach with this e-mail address see aggregate figures that include this candidate (and, if asked, the timeline). */
public record ShareWithCoach(@TargetAggregateIdentifier CandidateId candidateId, String coachEmail, boolean shareTimeline) {
}
