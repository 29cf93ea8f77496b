package org.followthrough.infra.axon;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.domain.candidate.CandidateEvent;
import org.followthrough.domain.candidate.CandidateStreams;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/** Every candidate's stream from the event store, read through Axon (upcasters included) one candidate at a time. */
@Component
record EventStoreCandidateStreams(JdbcClient jdbc, EventStore eventStore) implements CandidateStreams {

    @Override
    public void forEachEvent(Consumer<CandidateEvent> action) {
        jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry WHERE type = 'Candidate'")
                .query(String.class)
                .list()
                .forEach(candidate -> eventStore.readEvents(candidate).asStream().forEach(message -> {
                    if (message.getPayload() instanceof CandidateEvent event) {
                        action.accept(event);
                    }
                }));
    }

    @Override
    public List<CandidateEvent> streamOf(CandidateId candidate) {
        return eventStore.readEvents(candidate.toString()).asStream()
                .filter(message -> message.getPayload() instanceof CandidateEvent)
                .map(message -> (CandidateEvent) message.getPayload())
                .toList();
    }
}
