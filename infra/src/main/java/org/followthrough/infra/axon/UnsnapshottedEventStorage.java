package org.followthrough.infra.axon;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.stream.Stream;

/**
 * Axon's JDBC event storage, except that it never looks for a snapshot. No aggregate here is ever snapshotted (no
 * snapshot trigger is configured, the snapshot table stays empty), yet Axon's event store asks the snapshot table
 * before every aggregate load: a round trip to the database per command, for nothing. Finding none, Axon reads the
 * whole stream, which is what it now does at once.
 *
 * <p>Should an aggregate ever be snapshotted, this class has to go: aggregates would still load correctly, from their
 * events, but the snapshots would be ignored.
 */
final class UnsnapshottedEventStorage extends JdbcEventStorageEngine {

    UnsnapshottedEventStorage(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }
}
