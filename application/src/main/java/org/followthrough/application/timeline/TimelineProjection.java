package org.followthrough.application.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.followthrough.application.projection.ProjectionProgress;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.projection.ParkedEvent;
import org.followthrough.application.projection.Replayable;
import org.followthrough.application.projection.StreamWrites;
import org.followthrough.domain.candidate.CandidateErased;
import org.followthrough.domain.candidate.PersonalDataKeys;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Writes every opportunity event into {@code timeline_entry} and keeps {@code timeline_opportunity} current.
 * Every write is an idempotent upsert, so a redelivered event changes nothing; the writes of a batch of events go to
 * the database together, just before the batch commits with its token. An opportunity whose entry cannot be written
 * is parked with its later entries ({@link StreamWrites}); a retry writes its whole stream again.
 *
 * @param keys whose key was destroyed, if erasure is configured: their events are skipped, so a rebuild does not bring
 *             them back
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
record TimelineProjection(JdbcClient jdbc, JdbcTemplate template, JsonMapper json,
                          @Qualifier("eventSerializer") @Nullable Serializer serializer, EventStore eventStore,
                          DeadLetters deadLetters, @Nullable PersonalDataKeys keys)
        implements ProjectionProgress, Replayable {

    public static final String PROCESSING_GROUP = "candidate-timeline";

    /*
     * The order a batch's writes go in: every entry, then every new opportunity, then the changes to both (closings,
     * retractions) in the order they happened, which is all a change needs (its rows exist by then). Grouped like
     * this, a batch is three JDBC batches instead of a round trip at every opening or closing between its entries.
     */
    private static final int ENTRIES = 0;
    private static final int OPPORTUNITIES = 1;
    private static final int CHANGES = 2;

    /** An erased candidate's timeline goes; run again by a rebuild, after their events (which it skips anyway). */
    @EventHandler
    void on(CandidateErased erased) {
        template.update("DELETE FROM timeline_entry WHERE candidate_id = ?", erased.candidateId().value());
        template.update("DELETE FROM timeline_opportunity WHERE candidate_id = ?", erased.candidateId().value());
    }

    @EventHandler
    void on(OpportunityEvent event, DomainEventMessage<?> message, TrackingToken token) {
        if (keys != null && keys.isErased(event.candidateId())) {
            return;
        }
        StreamWrites writes = StreamWrites.current(PROCESSING_GROUP, template, deadLetters);
        ParkedEvent parked = new ParkedEvent(event.opportunityId().value(), event.candidateId().value(),
                message.getSequenceNumber(), EventTypes.nameOf(event));
        if (!writes.admit(parked)) {
            return;
        }
        try {
            write(event, message, token.position().orElse(-1), writes);
        } catch (RuntimeException failed) {
            writes.fail(parked, failed);
        }
    }

    private void write(OpportunityEvent event, DomainEventMessage<?> message, long position, StreamWrites writes) {
        UUID stream = event.opportunityId().value();
        writes.add(ENTRIES, stream, """
                        INSERT INTO timeline_entry (event_id, global_index, candidate_id, opportunity_id, sequence_number,
                                                    event_type, occurred_at, recorded_at, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::json)
                        ON CONFLICT (opportunity_id, sequence_number) DO NOTHING""",
                message.getIdentifier(), position, event.candidateId().value(),
                event.opportunityId().value(), message.getSequenceNumber(), EventTypes.nameOf(event),
                Timestamp.from(event.occurredAt()), Timestamp.from(message.getTimestamp()), payload(message, event));
        switch (event) {
            case OpportunityOpened opened -> writes.add(OPPORTUNITIES, stream, """
                            INSERT INTO timeline_opportunity (opportunity_id, candidate_id, company, role, opened_at)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (opportunity_id) DO NOTHING""",
                    opened.opportunityId().value(), opened.candidateId().value(), opened.company(), opened.role(),
                    Timestamp.from(opened.openedAt()));
            case OpportunityClosed closed -> writes.add(CHANGES, stream, """
                            UPDATE timeline_opportunity SET closed_outcome = ?, closed_at = ? WHERE opportunity_id = ?""",
                    closed.outcome().name(), Timestamp.from(closed.closedAt()), closed.opportunityId().value());
            case EntryRetracted retraction -> {
                writes.add(CHANGES, stream, """
                                UPDATE timeline_opportunity SET closed_outcome = NULL, closed_at = NULL
                                WHERE opportunity_id = ?
                                  AND EXISTS (SELECT 1 FROM timeline_entry
                                              WHERE opportunity_id = ? AND sequence_number = ? AND event_type = 'OpportunityClosed')""",
                        retraction.opportunityId().value(), retraction.opportunityId().value(),
                        retraction.retractedSequence());
                writes.add(CHANGES, stream, "UPDATE timeline_entry SET retracted_by = ? WHERE opportunity_id = ? AND sequence_number = ?",
                        message.getSequenceNumber(), retraction.opportunityId().value(), retraction.retractedSequence());
            }
            default -> {
                // every other event only adds its line
            }
        }
    }

    @Override
    public boolean replays(String processor) {
        return PROCESSING_GROUP.equals(processor);
    }

    /**
     * A dead letter retried: the opportunity's whole stream read again from the store and written in order; rows
     * already there stay as they are. Throws if the database still refuses a row.
     */
    @Override
    public void replay(String processor, UUID streamId) {
        StreamWrites writes = new StreamWrites(PROCESSING_GROUP, template, deadLetters);
        eventStore.readEvents(streamId.toString()).asStream()
                .filter(message -> message.getPayload() instanceof OpportunityEvent)
                .forEach(message -> write((OpportunityEvent) message.getPayload(), message, -1, writes));
        writes.flushOrThrow();
    }

    /**
     * The event as JSON. A message read from the store still holds the JSON it was read from (after upcasting), in
     * the same shape the app's own mapper writes: reusing it saves serializing every event again during a rebuild.
     */
    private String payload(DomainEventMessage<?> message, OpportunityEvent event) {
        // only a message read from the store: serializing any other with the event store's serializer would seal its
        // personal fields
        if (serializer != null && message instanceof TrackedEventMessage<?>
                && message.getPayloadType().equals(event.getClass())) {
            try {
                return new String(message.serializePayload(serializer, byte[].class).getData(), StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                // fall back to writing it ourselves
            }
        }
        return json.writeValueAsString(event);
    }

    @Override
    public String name() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of("timeline_entry", "timeline_opportunity");
    }

    @Override
    public boolean hasProcessed(OpportunityId opportunityId, long sequence) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM timeline_entry WHERE opportunity_id = ? AND sequence_number = ?)")
                .params(opportunityId.value(), sequence)
                .query(Boolean.class)
                .single();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM timeline_entry").update();
        jdbc.sql("DELETE FROM timeline_opportunity").update();
        deadLetters.forget(PROCESSING_GROUP);
    }
}
