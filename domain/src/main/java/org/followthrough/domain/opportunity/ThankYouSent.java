package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A thank-you went to one interviewer; the text is kept when given, to catch the same words sent twice.
 * {@code askedAboutNextSteps}: it also asked what happens next and when. A wrapper, so that entries stored before it
 * existed (where it is missing, and the serializer refuses a missing primitive) read as false; never null once built.
 */
public record ThankYouSent(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                           String interviewer, Channel channel, Instant sentAt,
                           @Nullable String message, Boolean askedAboutNextSteps) implements OpportunityEvent {

    public ThankYouSent {
        interviewer = Text.LINE.required("interviewer", interviewer);
        message = Text.FREE.optional("message", message);
        askedAboutNextSteps = Boolean.TRUE.equals(askedAboutNextSteps);
    }

    @Override
    public Instant occurredAt() {
        return sentAt;
    }
}
