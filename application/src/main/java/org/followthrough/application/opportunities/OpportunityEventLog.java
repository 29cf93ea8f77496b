package org.followthrough.application.opportunities;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads one opportunity's events straight from the event store, for its owner only. */
@Component
public class OpportunityEventLog {

    private final EventStore eventStore;

    public OpportunityEventLog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<RecordedEvent> eventsOf(OpportunityId opportunityId, CandidateId asker) {
        List<RecordedEvent> events = eventStore.readEvents(opportunityId.toString()).asStream()
                .filter(message -> message.getPayload() instanceof OpportunityEvent)
                .map(OpportunityEventLog::recorded)
                .toList();
        if (events.isEmpty() || !events.getFirst().event().candidateId().equals(asker)) {
            throw new NotFound("opportunity", opportunityId);
        }
        return events;
    }

    /** The events with what the domain makes of them (retractions); the owner's only. */
    public OpportunityLog logOf(OpportunityId opportunityId, CandidateId asker) {
        return OpportunityLog.of(eventsOf(opportunityId, asker));
    }

    private static RecordedEvent recorded(DomainEventMessage<?> message) {
        return new RecordedEvent(message.getIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                (OpportunityEvent) message.getPayload());
    }
}
