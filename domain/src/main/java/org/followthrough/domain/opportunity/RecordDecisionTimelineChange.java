package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Record that the employer moved their decision on an interview. {@code zone} is the candidate's time zone, as for
 * {@link RecordInterview}: the new date is a day on the candidate's calendar.
 */
public record RecordDecisionTimelineChange(@TargetAggregateIdentifier OpportunityId opportunityId,
                                           CandidateId candidateId, InterviewId interviewId,
                                           DecisionTimeline decision, Instant toldAt, ZoneId zone)
        implements OpportunityCommand {
}
