package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** Call off a scheduled interview; {@code cancelledAt} defaults to now. */
public record CancelInterview(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                              InterviewId interviewId, @Nullable String reason, @Nullable Instant cancelledAt)
        implements OpportunityCommand {
}
