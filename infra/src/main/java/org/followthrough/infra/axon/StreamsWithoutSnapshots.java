package org.followthrough.infra.axon;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, except that loading a stream does not first look for a snapshot of it. No aggregate
 * here is ever snapshotted (no snapshot trigger is configured, the snapshot table stays empty), yet Axon's store asks
 * the snapshot table before every aggregate load: one wasted round trip to the database per command. A stream is read
 * whole instead, which is exactly what Axon does when it finds no snapshot.
 *
 * <p>Should an aggregate ever be snapshotted, this class has to go (or learn which types are): it would still load
 * correctly, from the events, but ignore the snapshots.
 */
final class StreamsWithoutSnapshots extends EmbeddedEventStore {

    StreamsWithoutSnapshots(Builder builder) {
        super(builder);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        // the storage engine's events from the first, then the events staged in this unit of work: as Axon without a snapshot
        return readEvents(aggregateIdentifier, 0L);
    }
}
