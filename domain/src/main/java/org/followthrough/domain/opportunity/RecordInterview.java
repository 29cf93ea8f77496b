package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Record an interview that took place. {@code zone} is the candidate's time zone: the employer's stated
 * date is a day on the candidate's calendar. {@code round} defaults to the next round.
 */
public record RecordInterview(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                              InterviewId interviewId, @Nullable Integer round, @Nullable Instant startedAt,
                              Instant endedAt, List<Interviewer> interviewers, DecisionTimeline decision,
                              ZoneId zone) implements OpportunityCommand {
}
