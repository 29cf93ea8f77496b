package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * Record an interview that is coming. {@code round} defaults to the next round; {@code scheduledAt} (when the
 * candidate learned of it) defaults to now and may be in the past.
 */
public record ScheduleInterview(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                                InterviewId interviewId, @Nullable Integer round, Instant startsAt,
                                @Nullable Instant endsAt, List<Interviewer> interviewers,
                                @Nullable Instant scheduledAt) implements OpportunityCommand {
}
