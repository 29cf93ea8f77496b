package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;

import java.time.Instant;

public record OpportunityOpened(OpportunityId opportunityId, CandidateId candidateId, String company, String role,
                                Instant openedAt) implements OpportunityEvent {

    public OpportunityOpened {
        company = Text.LINE.required("company", company);
        role = Text.LINE.required("role", role);
    }

    @Override
    public Instant occurredAt() {
        return openedAt;
    }
}
