package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;

public record OpportunityOpened(OpportunityId opportunityId, CandidateId candidateId, String company, String role,
                                Instant openedAt) implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return openedAt;
    }
}
