package org.followthrough.application.opportunities;

import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.OpportunityEvent;

import java.time.Instant;

/**
 * An opportunity event with what the store knows about it: its position in the opportunity's stream and
 * when the app learned of it ({@code recordedAt}), besides when it happened ({@code event.occurredAt()}).
 */
public record RecordedEvent(String eventId, long sequence, Instant recordedAt, OpportunityEvent event) {

    public String type() {
        return EventTypes.nameOf(event);
    }

    public Instant occurredAt() {
        return event.occurredAt();
    }
}
