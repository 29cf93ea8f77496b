package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A scheduled interview will not take place; a new date, if any, is a new scheduled interview. */
public record InterviewCancelled(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                 @Nullable String reason, Instant cancelledAt) implements OpportunityEvent {

    public InterviewCancelled {
        reason = Text.LINE.optional("reason", reason);
    }

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }
}
