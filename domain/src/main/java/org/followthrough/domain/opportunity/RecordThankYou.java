package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record RecordThankYou(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                             InterviewId interviewId, String interviewer, Channel channel, Instant sentAt,
                             @Nullable String message, boolean askedAboutNextSteps) implements OpportunityCommand {

    /** A thank-you that did not ask about next steps. */
    public RecordThankYou(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                          String interviewer, Channel channel, Instant sentAt, @Nullable String message) {
        this(opportunityId, candidateId, interviewId, interviewer, channel, sentAt, message, false);
    }
}
