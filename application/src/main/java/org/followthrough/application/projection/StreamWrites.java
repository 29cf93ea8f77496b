package org.followthrough.application.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The writes of one batch of events, each tagged with the stream (opportunity) it belongs to, sent just before the
 * batch commits. Normally they go as a few JDBC batches. When the database refuses one, the batch is rolled back to a
 * savepoint and the streams are written one by one, each behind a savepoint of its own: a stream that still fails is
 * parked in {@link DeadLetters} and everyone else's rows commit with the batch's token. A stream parked before, or
 * earlier in this batch, keeps its events parked behind the first one, so its rows never skip an event.
 */
public final class StreamWrites {

    private record Write(int round, UUID stream, String sql, Object[] arguments) {
    }

    private record Failure(ParkedEvent event, Throwable error) {
    }

    /** A stream's events admitted in this batch: the first, the last sequence, how many. */
    private record Admitted(ParkedEvent first, long lastSequence, int count) {

        Admitted and(ParkedEvent next) {
            return new Admitted(first, Math.max(lastSequence, next.sequence()), count + 1);
        }

        ParkedEvent parked() {
            return first;
        }
    }

    private final String processor;
    private final JdbcTemplate jdbc;
    private final DeadLetters deadLetters;
    private final Set<UUID> parkedBefore;
    private final List<Write> writes = new ArrayList<>();
    private final Map<UUID, Admitted> admitted = new LinkedHashMap<>();
    private final Map<UUID, Failure> failed = new LinkedHashMap<>();
    private final List<ParkedEvent> behind = new ArrayList<>();

    public StreamWrites(String processor, JdbcTemplate jdbc, DeadLetters deadLetters) {
        this.processor = processor;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
        this.parkedBefore = deadLetters.parkedStreams(processor);
    }

    /** The writes of the unit of work being processed, flushed when it prepares to commit. */
    public static StreamWrites current(String processor, JdbcTemplate jdbc, DeadLetters deadLetters) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(StreamWrites.class.getName() + "." + processor, key -> {
            StreamWrites writes = new StreamWrites(processor, jdbc, deadLetters);
            unitOfWork.onPrepareCommit(work -> writes.flush());
            return writes;
        });
    }

    /** Whether the stream's events wait behind a failed one (from an earlier batch or this one). */
    public boolean isParked(UUID stream) {
        return parkedBefore.contains(stream) || failed.containsKey(stream);
    }

    /**
     * Takes an event of the batch: false if its stream is parked (the event is parked behind), true if the caller
     * should handle it.
     */
    public boolean admit(ParkedEvent event) {
        if (isParked(event.streamId())) {
            behind.add(event);
            return false;
        }
        admitted.merge(event.streamId(), new Admitted(event, event.sequence(), 1), (old, added) -> old.and(event));
        return true;
    }

    /** The event could not be handled: its stream is parked from here on, its writes in this batch dropped. */
    public void fail(ParkedEvent event, Throwable error) {
        admitted.putIfAbsent(event.streamId(), new Admitted(event, event.sequence(), 1));
        failed.putIfAbsent(event.streamId(), new Failure(admitted.get(event.streamId()).parked(), error));
        writes.removeIf(write -> write.stream().equals(event.streamId()));
    }

    public void add(UUID stream, String sql, Object... arguments) {
        add(0, stream, sql, arguments);
    }

    /** A write; writes go in order of round, then in the order they were added. */
    public void add(int round, UUID stream, String sql, Object... arguments) {
        if (!failed.containsKey(stream)) {
            writes.add(new Write(round, stream, sql, arguments));
        }
    }

    /** Sends the writes, parks what fails, and records the parked events. Call inside the batch's transaction. */
    public void flush() {
        if (!writes.isEmpty()) {
            List<Write> ordered = new ArrayList<>(writes);
            ordered.sort(Comparator.comparingInt(Write::round));
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                jdbc.execute("SAVEPOINT stream_writes");
                try {
                    send(ordered);
                } catch (RuntimeException refused) {
                    jdbc.execute("ROLLBACK TO SAVEPOINT stream_writes");
                    oneByOne(ordered);
                }
                jdbc.execute("RELEASE SAVEPOINT stream_writes");
            } else {
                send(ordered); // no transaction, no savepoint: each statement stands alone, and a refusal is thrown
            }
        }
        failed.forEach((stream, failure) -> {
            Admitted events = admitted.get(stream);
            deadLetters.park(processor, failure.event(), failure.error(),
                    events == null ? failure.event().sequence() : events.lastSequence(), events == null ? 1 : events.count());
        });
        behind.forEach(event -> deadLetters.parkBehind(processor, event));
        writes.clear();
        failed.clear();
        behind.clear();
        admitted.clear();
    }

    /** Sends the writes as they are, throwing if the database refuses one (a retry: nothing is parked). */
    public void flushOrThrow() {
        List<Write> ordered = new ArrayList<>(writes);
        ordered.sort(Comparator.comparingInt(Write::round));
        send(ordered);
        writes.clear();
    }

    private void oneByOne(List<Write> ordered) {
        Set<UUID> streams = new LinkedHashSet<>();
        ordered.forEach(write -> streams.add(write.stream()));
        for (UUID stream : streams) {
            jdbc.execute("SAVEPOINT stream_write");
            try {
                send(ordered.stream().filter(write -> write.stream().equals(stream)).toList());
            } catch (RuntimeException refused) {
                jdbc.execute("ROLLBACK TO SAVEPOINT stream_write");
                Admitted events = admitted.get(stream);
                ParkedEvent first = events == null ? new ParkedEvent(stream, null, -1, "unknown") : events.parked();
                failed.putIfAbsent(stream, new Failure(first, refused));
            }
            jdbc.execute("RELEASE SAVEPOINT stream_write");
        }
    }

    /** Consecutive writes of the same statement go as one JDBC batch. */
    private void send(List<Write> ordered) {
        int start = 0;
        while (start < ordered.size()) {
            String sql = ordered.get(start).sql();
            int end = start;
            List<Object[]> arguments = new ArrayList<>();
            while (end < ordered.size() && ordered.get(end).sql().equals(sql)) {
                arguments.add(ordered.get(end).arguments());
                end++;
            }
            if (arguments.size() == 1) {
                jdbc.update(sql, arguments.getFirst());
            } else {
                jdbc.batchUpdate(sql, arguments);
            }
            start = end;
        }
    }

    /** The streams parked in this batch so far (for tests and logs). */
    public Set<UUID> failedStreams() {
        return new HashSet<>(failed.keySet());
    }
}
