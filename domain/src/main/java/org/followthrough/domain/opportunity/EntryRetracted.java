package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A correction: the entry at {@code retractedSequence} should not have been recorded. The history keeps
 * both; every fold skips the retracted entry. To amend, retract and record the entry again.
 */
public record EntryRetracted(OpportunityId opportunityId, CandidateId candidateId, long retractedSequence,
                             @Nullable String reason, Instant retractedAt) implements OpportunityEvent {

    public EntryRetracted {
        reason = Text.LINE.optional("reason", reason);
    }

    @Override
    public Instant occurredAt() {
        return retractedAt;
    }
}
