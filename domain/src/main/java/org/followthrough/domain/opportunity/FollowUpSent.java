package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record FollowUpSent(OpportunityId opportunityId, CandidateId candidateId, FollowUpPurpose purpose,
                           Channel channel, Instant sentAt, @Nullable String recipient,
                           @Nullable String message) implements OpportunityEvent {

    public FollowUpSent {
        recipient = Text.LINE.optional("recipient", recipient);
        message = Text.FREE.optional("message", message);
    }

    @Override
    public Instant occurredAt() {
        return sentAt;
    }
}
