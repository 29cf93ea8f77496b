package org.followthrough.infra.crypto;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.SecretKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals the personal fields of the events stored before crypto-shredding, once, inside Flyway's transaction and lock
 * (Spring Boot hands Flyway the {@code JavaMigration} beans). Each candidate gets a key on the way. A field already
 * sealed is left alone, so running it over a store that is partly sealed changes only the plain fields.
 */
@Component
class V81__SealPersonalFields extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;

    private final MasterKey masterKey;

    V81__SealPersonalFields(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        seal(context.getConnection(), masterKey);
    }

    /** Returns how many events it rewrote. */
    static int seal(Connection connection, MasterKey masterKey) throws SQLException {
        Map<UUID, Optional<SecretKey>> keys = new HashMap<>();
        int rewritten = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT globalindex, payloadtype, payload FROM domainevententry WHERE payloadtype = ANY (?) ORDER BY globalindex");
             PreparedStatement update = connection.prepareStatement("UPDATE domainevententry SET payload = ? WHERE globalindex = ?")) {
            select.setArray(1, connection.createArrayOf("varchar", PersonalFields.FIELDS.keySet().toArray()));
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString("payloadtype");
                    JsonNode tree = JSON.readTree(rows.getBytes("payload"));
                    if (!(tree instanceof ObjectNode event)) {
                        continue;
                    }
                    UUID candidate = PersonalFields.owner(event);
                    if (candidate == null) {
                        continue;
                    }
                    Optional<SecretKey> key = keys.computeIfAbsent(candidate, owner -> keyOf(connection, masterKey, owner));
                    if (PersonalFields.seal(event, type, candidate, key)) {
                        update.setBytes(1, JSON.writeValueAsBytes(event));
                        update.setLong(2, rows.getLong("globalindex"));
                        update.addBatch();
                        rewritten++;
                        if (++pending == BATCH) {
                            update.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        } finally {
            if (autoCommit) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
        return rewritten;
    }

    private static Optional<SecretKey> keyOf(Connection connection, MasterKey masterKey, UUID candidate) {
        try {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT wrapped_key FROM candidate_key WHERE candidate_id = ?")) {
                select.setObject(1, candidate);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        byte[] wrapped = row.getBytes(1);
                        return wrapped == null ? Optional.empty() : Optional.of(masterKey.unwrap(wrapped, candidate));
                    }
                }
            }
            SecretKey fresh = MasterKey.newKey();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO candidate_key (candidate_id, wrapped_key, created_at) VALUES (?, ?, ?)")) {
                insert.setObject(1, candidate);
                insert.setBytes(2, masterKey.wrap(fresh, candidate));
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return Optional.of(fresh);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or make the key of candidate " + candidate, e);
        }
    }
}
