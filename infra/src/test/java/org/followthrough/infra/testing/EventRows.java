package org.followthrough.infra.testing;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes rows into Axon's {@code domainevententry} by hand, column for column as its JDBC storage engine does, so a
 * test can hold a store that an earlier version of the app left behind: any payload type, revision and JSON.
 */
public final class EventRows {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final String aggregateType;

    public EventRows(JdbcClient jdbc, Serializer serializer, String aggregateType) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.aggregateType = aggregateType;
    }

    /** An event as today's serializer writes it. */
    public void append(String aggregateId, long sequence, Object payload, Instant timestamp) {
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        append(aggregateId, sequence, serialized.getType().getName(), serialized.getType().getRevision(),
                serialized.getData(), timestamp);
    }

    /** An event exactly as given: the type, revision and JSON an earlier version wrote. */
    public void append(String aggregateId, long sequence, String payloadType, @Nullable String revision, String json,
                       Instant timestamp) {
        append(aggregateId, sequence, payloadType, revision, json.getBytes(StandardCharsets.UTF_8), timestamp);
    }

    private void append(String aggregateId, long sequence, String payloadType, @Nullable String revision,
                        byte[] payload, Instant timestamp) {
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                                      payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(aggregateId, sequence, aggregateType, UUID.randomUUID().toString(),
                        serializer.serialize(MetaData.emptyInstance(), byte[].class).getData(), payload, revision,
                        payloadType, DateTimeUtils.formatInstant(timestamp))
                .update();
    }
}
