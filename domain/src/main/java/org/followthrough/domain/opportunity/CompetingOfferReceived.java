package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.time.LocalDate;

/** Another employer made an offer that must be answered by {@code respondBy}. */
public record CompetingOfferReceived(OpportunityId opportunityId, CandidateId candidateId, Instant receivedAt,
                                     LocalDate respondBy) implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}
