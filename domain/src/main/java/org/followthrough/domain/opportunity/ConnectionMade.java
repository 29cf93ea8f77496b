package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;

import java.time.Instant;

/**
 * The candidate connected with someone from the process on LinkedIn. A courtesy that keeps the door open: it neither
 * answers a concern nor counts as asking for news.
 */
public record ConnectionMade(OpportunityId opportunityId, CandidateId candidateId, String person,
                             Instant connectedAt) implements OpportunityEvent {

    public ConnectionMade {
        person = Text.LINE.required("person", person);
    }

    @Override
    public Instant occurredAt() {
        return connectedAt;
    }
}
