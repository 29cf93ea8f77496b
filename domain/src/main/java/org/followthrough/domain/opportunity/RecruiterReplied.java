package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record RecruiterReplied(OpportunityId opportunityId, CandidateId candidateId, ReplyKind kind,
                               Instant receivedAt, @Nullable String note) implements OpportunityEvent {

    public RecruiterReplied {
        note = Text.FREE.optional("note", note);
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}
