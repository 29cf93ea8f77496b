package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;

public record OpportunityClosed(OpportunityId opportunityId, CandidateId candidateId, Outcome outcome,
                                Instant closedAt) implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return closedAt;
    }
}
