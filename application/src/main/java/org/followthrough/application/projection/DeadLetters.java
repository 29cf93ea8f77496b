package org.followthrough.application.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The parked streams of every projection ({@code dead_letter}). A projection that cannot handle an event parks that
 * stream here, in the same transaction as the rest of its batch, and parks the stream's later events behind it until
 * an admin retries or drops it (the per-opportunity sequencing of Axon's dead-letter queue).
 */
@Component
public record DeadLetters(JdbcClient jdbc, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_ERROR = 2_000;

    /** The streams the processor has parked. */
    public Set<UUID> parkedStreams(String processor) {
        return new HashSet<>(jdbc.sql("SELECT stream_id FROM dead_letter WHERE processor = ?")
                .param(processor).query(UUID.class).list());
    }

    public boolean isParked(String processor, UUID streamId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dead_letter WHERE processor = ? AND stream_id = ?)")
                .params(processor, streamId).query(Boolean.class).single();
    }

    /** The event could not be handled: its stream is parked from it on (or, already parked, the error kept). */
    public void park(String processor, ParkedEvent event, Throwable error) {
        park(processor, event, error, event.sequence(), 1);
    }

    /**
     * The stream could not be handled from {@code event} on; {@code events} of it, up to {@code lastSequence}, are
     * parked.
     */
    public void park(String processor, ParkedEvent event, Throwable error, long lastSequence, int events) {
        String message = describe(error);
        log.warn("{} parks the events of {} from entry {} ({}): {}", processor, event.streamId(), event.sequence(),
                event.eventType(), message);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO dead_letter (processor, stream_id, candidate_id, first_sequence, last_sequence, event_type,
                                                 events, error, first_failed_at, last_failed_at, attempts)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                        ON CONFLICT (processor, stream_id) DO UPDATE SET
                            last_sequence = GREATEST(dead_letter.last_sequence, excluded.last_sequence),
                            events = dead_letter.events + excluded.events, error = excluded.error,
                            last_failed_at = excluded.last_failed_at""")
                .params(processor, event.streamId(), event.candidateId(), event.sequence(),
                        Math.max(event.sequence(), lastSequence), event.eventType(), events, message, now, now)
                .update();
    }

    /** The event's stream is parked already: it waits behind the failed one. */
    public void parkBehind(String processor, ParkedEvent event) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO dead_letter (processor, stream_id, candidate_id, first_sequence, last_sequence, event_type,
                                                 events, error, first_failed_at, last_failed_at, attempts)
                        VALUES (?, ?, ?, ?, ?, ?, 1, 'parked behind an earlier entry of its stream', ?, ?, 0)
                        ON CONFLICT (processor, stream_id) DO UPDATE SET
                            last_sequence = GREATEST(dead_letter.last_sequence, excluded.last_sequence),
                            events = dead_letter.events + 1""")
                .params(processor, event.streamId(), event.candidateId(), event.sequence(), event.sequence(),
                        event.eventType(), now, now)
                .update();
    }

    public List<DeadLetter> all() {
        return jdbc.sql("SELECT * FROM dead_letter ORDER BY first_failed_at, id").query(DeadLetters::letter).list();
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = ?").param(id).query(DeadLetters::letter).optional();
    }

    /** The letter, locked until the caller's transaction ends (a retry works it alone). */
    Optional<DeadLetter> lock(long id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = ? FOR UPDATE").param(id).query(DeadLetters::letter).optional();
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM dead_letter WHERE id = ?").param(id).update() > 0;
    }

    /** Before a replay of the processor: its parked streams are handled again from the start. */
    public void forget(String processor) {
        jdbc.sql("DELETE FROM dead_letter WHERE processor = ?").param(processor).update();
    }

    void failedAgain(long id, Throwable error) {
        jdbc.sql("UPDATE dead_letter SET attempts = attempts + 1, error = ?, last_failed_at = ? WHERE id = ?")
                .params(describe(error), Timestamp.from(clock.instant()), id)
                .update();
    }

    /** How many streams each processor has parked (processors with none left out). */
    public Map<String, Long> countByProcessor() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT processor, count(*) AS n FROM dead_letter GROUP BY processor ORDER BY processor")
                .query((ResultSet row) -> {
                    counts.put(row.getString("processor"), row.getLong("n"));
                });
        return counts;
    }

    public long count(String processor) {
        return jdbc.sql("SELECT count(*) FROM dead_letter WHERE processor = ?").param(processor).query(Long.class).single();
    }

    /**
     * The innermost message of the error, made storable: the text that broke a projection may well be the reason
     * (a NUL, say), so control characters go and it is kept short.
     */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        if (root != error) {
            text.append(" caused by ").append(message);
        } else if (error.getMessage() != null) {
            text.append(": ").append(error.getMessage());
        }
        String clean = text.toString().codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= MAX_ERROR ? clean : clean.substring(0, MAX_ERROR - 1) + "…";
    }

    private static DeadLetter letter(ResultSet row, int number) throws SQLException {
        return new DeadLetter(row.getLong("id"), row.getString("processor"), row.getObject("stream_id", UUID.class),
                row.getObject("candidate_id", UUID.class), row.getLong("first_sequence"), row.getLong("last_sequence"),
                row.getString("event_type"), row.getInt("events"), row.getString("error"),
                row.getTimestamp("first_failed_at").toInstant(), row.getTimestamp("last_failed_at").toInstant(),
                row.getInt("attempts"));
    }
}
