package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.jspecify.annotations.Nullable;

/**
 * The candidate confirms the coach's display name they were shown ({@code coachName}); {@code currentCoachName} is the
 * name that coach account holds right now, or null when no coach has an account with that address any more.
 */
public record ConfirmCoachShare(@TargetAggregateIdentifier CandidateId candidateId, String coachEmail,
                                @Nullable String coachName, @Nullable String currentCoachName) {
}
