package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** Move a scheduled interview; {@code rescheduledAt} defaults to now. */
public record RescheduleInterview(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                                  InterviewId interviewId, Instant startsAt, @Nullable Instant endsAt,
                                  @Nullable Instant rescheduledAt) implements OpportunityCommand {
}
