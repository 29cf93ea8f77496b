package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A thank-you went to one interviewer; the text is kept when given, to catch the same words sent twice.
 * {@code askedAboutNextSteps}: it also asked what happens next and when (false in entries stored before it existed).
 */
public record ThankYouSent(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                           String interviewer, Channel channel, Instant sentAt,
                           @Nullable String message, boolean askedAboutNextSteps) implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return sentAt;
    }
}
