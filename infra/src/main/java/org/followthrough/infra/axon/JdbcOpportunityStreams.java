package org.followthrough.infra.axon;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads many opportunities' streams in one query instead of one per opportunity, through Axon's own upcasting and
 * deserialization, so old event shapes read exactly as they do from the event store. Projections that recompute
 * whole histories use it once per batch; a rebuild would otherwise spend its time on round trips.
 */
@Component
class JdbcOpportunityStreams implements OpportunityStreams {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Configuration axon;

    JdbcOpportunityStreams(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer, Configuration axon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.axon = axon;
    }

    @Override
    public Map<OpportunityId, List<OpportunityEvent>> read(Collection<OpportunityId> opportunities) {
        Map<OpportunityId, List<OpportunityEvent>> streams = new LinkedHashMap<>();
        if (opportunities.isEmpty()) {
            return streams;
        }
        Map<String, List<DomainEventData<?>>> rows = new LinkedHashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT type, aggregateidentifier, sequencenumber, eventidentifier, timestamp, payloadtype,
                           payloadrevision, payload, metadata
                    FROM domainevententry WHERE aggregateidentifier = ANY (?)
                    ORDER BY aggregateidentifier, sequencenumber""");
            Array ids = connection.createArrayOf("varchar", opportunities.stream().map(OpportunityId::toString).toArray());
            statement.setArray(1, ids);
            return statement;
        }, row -> {
            String aggregate = row.getString("aggregateidentifier");
            rows.computeIfAbsent(aggregate, key -> new ArrayList<>()).add(new GenericDomainEventEntry<>(
                    row.getString("type"), aggregate, row.getLong("sequencenumber"), row.getString("eventidentifier"),
                    row.getString("timestamp"), row.getString("payloadtype"), row.getString("payloadrevision"),
                    row.getBytes("payload"), row.getBytes("metadata")));
        });
        rows.forEach((aggregate, entries) -> {
            List<OpportunityEvent> events = new ArrayList<>();
            EventStreamUtils.upcastAndDeserializeDomainEvents(entries.stream(), serializer, axon.upcasterChain())
                    .asStream()
                    .forEach(message -> {
                        if (message.getPayload() instanceof OpportunityEvent event) {
                            events.add(event);
                        }
                    });
            streams.put(OpportunityId.of(UUID.fromString(aggregate)), events);
        });
        return streams;
    }

    @Override
    public List<OpportunityId> opportunitiesAfter(@Nullable OpportunityId after, int limit) {
        // the first event of each stream, found through the (aggregateidentifier, sequencenumber) unique index
        return jdbc.query("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE sequencenumber = 0 AND type = 'Opportunity' AND aggregateidentifier > ?
                        ORDER BY aggregateidentifier LIMIT ?""",
                (row, number) -> OpportunityId.of(UUID.fromString(row.getString(1))),
                after == null ? "" : after.toString(), limit);
    }
}
