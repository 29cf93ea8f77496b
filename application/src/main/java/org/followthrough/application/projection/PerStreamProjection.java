package org.followthrough.application.projection;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.followthrough.domain.candidate.CandidateErased;
import org.followthrough.domain.candidate.PersonalDataKeys;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A projection whose rows for an opportunity are a function of that opportunity's whole stream. An event only marks
 * its opportunity ({@link #touch}); just before the batch of events commits, every marked opportunity is read again
 * from the store (all of them in one query) and its rows replaced, each kind of statement as one JDBC batch. So a
 * redelivered event, a retraction anywhere in the history and a full replay all end in the same rows.
 *
 * <p>An opportunity that cannot be projected — its stream unreadable, the rules throwing, the database refusing a
 * row — is parked in {@link DeadLetters} with its later events, and the others of the batch commit
 * ({@link StreamWrites}). A retry ({@link Replayable}) recomputes it from its whole stream again.
 *
 * <p>A subclass names its tables, keeps its own {@code @EventHandler}s (which call {@link #touch}) and writes one
 * opportunity's rows in {@link #project}, including its progress row: {@code opportunity_id} and the
 * {@code last_sequence} it reflects, which {@link #hasProcessed} reads.
 */
public abstract class PerStreamProjection implements Replayable, StreamingProjection {

    private final String name;
    private final String progressTable;
    private final List<String> rowTables;
    private final JdbcTemplate jdbc;
    private final OpportunityStreams streams;
    private final DeadLetters deadLetters;
    private @Nullable PersonalDataKeys keys;

    /**
     * @param progressTable one row per opportunity: {@code opportunity_id}, {@code last_sequence}
     * @param rowTables     the tables whose rows of an opportunity are replaced on each recomputation
     */
    protected PerStreamProjection(String name, String progressTable, List<String> rowTables, JdbcTemplate jdbc,
                                  OpportunityStreams streams, DeadLetters deadLetters) {
        this.name = name;
        this.progressTable = progressTable;
        this.rowTables = List.copyOf(rowTables);
        this.jdbc = jdbc;
        this.streams = streams;
        this.deadLetters = deadLetters;
    }

    /** The processing group. */
    public String name() {
        return name;
    }

    /** Whose key was destroyed: their streams are skipped, so a rebuild does not bring them back. */
    @Autowired(required = false)
    public void erasedCandidates(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** An erased candidate's rows go, progress rows included. */
    @EventHandler
    public void on(CandidateErased erased) {
        rowTables.forEach(table -> jdbc.update("DELETE FROM " + table + " WHERE candidate_id = ?", erased.candidateId().value()));
        jdbc.update("DELETE FROM " + progressTable + " WHERE candidate_id = ?", erased.candidateId().value());
    }

    /** Its progress table and row tables: what a rebuild builds afresh. */
    public List<String> tables() {
        List<String> tables = new ArrayList<>(rowTables);
        tables.add(progressTable);
        return List.copyOf(tables);
    }

    /** The batch's marked opportunities and its writes. */
    private record Batch(Set<OpportunityId> touched, StreamWrites writes) {
    }

    private Batch batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(getClass().getName() + ".batch", key -> {
            Batch batch = new Batch(new LinkedHashSet<>(), new StreamWrites(name, jdbc, deadLetters));
            unitOfWork.onPrepareCommit(work -> {
                recompute(batch.touched(), batch.writes());
                batch.writes().flush();
            });
            return batch;
        });
    }

    /** Marks the event's opportunity in the batch being handled (or parks the event behind its parked stream). */
    protected final void touch(OpportunityEvent event, long sequence) {
        Batch batch = batch();
        if (batch.writes().admit(new ParkedEvent(event.opportunityId().value(), event.candidateId().value(), sequence,
                EventTypes.nameOf(event)))) {
            batch.touched().add(event.opportunityId());
        }
    }

    /** Marks opportunities because of an event outside their streams (a candidate's settings, say). */
    protected final void touch(Collection<OpportunityId> opportunities, String because) {
        Batch batch = batch();
        for (OpportunityId opportunity : opportunities) {
            if (batch.writes().admit(new ParkedEvent(opportunity.value(), null, -1, because))) {
                batch.touched().add(opportunity);
            }
        }
    }

    /**
     * Recomputes the given opportunities from their whole streams and replaces their rows, in the caller's
     * transaction; one that cannot be projected is parked (as are those parked already).
     */
    public void recompute(Collection<OpportunityId> opportunities) {
        StreamWrites writes = new StreamWrites(name, jdbc, deadLetters);
        List<OpportunityId> open = new ArrayList<>();
        for (OpportunityId opportunity : opportunities) {
            if (writes.admit(new ParkedEvent(opportunity.value(), null, -1, "recomputation"))) {
                open.add(opportunity);
            }
        }
        recompute(open, writes);
        writes.flush();
    }

    /**
     * Replaces the rows of these opportunities by those of their whole streams, read by the caller (a rebuild reads
     * each stream once for every projection), in the caller's transaction; parked ones stay parked.
     */
    public void recomputeFrom(Map<OpportunityId, List<OpportunityEvent>> streams) {
        StreamWrites writes = new StreamWrites(name, jdbc, deadLetters);
        Map<OpportunityId, List<OpportunityEvent>> open = new LinkedHashMap<>();
        streams.forEach((opportunity, events) -> {
            if (writes.admit(new ParkedEvent(opportunity.value(), null, -1, "rebuild"))) {
                open.put(opportunity, events);
            }
        });
        project(open, writes);
        writes.flush();
    }

    private void recompute(Collection<OpportunityId> opportunities, StreamWrites writes) {
        if (opportunities.isEmpty()) {
            return;
        }
        project(readOrPark(opportunities, writes), writes);
    }

    private void project(Map<OpportunityId, List<OpportunityEvent>> streams, StreamWrites writes) {
        List<Stream> read = new ArrayList<>();
        Rows forgotten = new Rows();
        for (Map.Entry<OpportunityId, List<OpportunityEvent>> stream : streams.entrySet()) {
            if (!stream.getValue().isEmpty() && keys != null && keys.isErased(stream.getValue().getFirst().candidateId())) {
                forgotten.forget(stream.getKey());
            } else if (!stream.getValue().isEmpty()) {
                try {
                    read.add(new Stream(stream.getKey(), stream.getValue(), OpportunityHistory.of(stream.getValue())));
                } catch (RuntimeException unreadable) {
                    writes.fail(first(stream.getKey(), stream.getValue()), unreadable);
                }
            }
        }
        forgotten.into(writes);
        Rows rows = new Rows();
        try {
            read.forEach(stream -> rows.replace(stream.opportunityId()));
            project(read, rows);
            rows.into(writes);
        } catch (RuntimeException failed) {
            for (Stream stream : read) {
                Rows alone = new Rows();
                try {
                    alone.replace(stream.opportunityId());
                    project(List.of(stream), alone);
                    alone.into(writes);
                } catch (RuntimeException refused) {
                    writes.fail(first(stream.opportunityId(), stream.events()), refused);
                }
            }
        }
    }

    private Map<OpportunityId, List<OpportunityEvent>> readOrPark(Collection<OpportunityId> opportunities,
                                                                  StreamWrites writes) {
        try {
            return streams.read(opportunities);
        } catch (RuntimeException unreadable) {
            Map<OpportunityId, List<OpportunityEvent>> read = new LinkedHashMap<>();
            for (OpportunityId opportunity : opportunities) {
                try {
                    read.putAll(streams.read(List.of(opportunity)));
                } catch (RuntimeException failed) {
                    writes.fail(new ParkedEvent(opportunity.value(), null, -1, "unreadable stream"), failed);
                }
            }
            return read;
        }
    }

    private static ParkedEvent first(OpportunityId opportunity, List<OpportunityEvent> events) {
        OpportunityEvent first = events.getFirst();
        return new ParkedEvent(opportunity.value(), first.candidateId().value(), -1, EventTypes.nameOf(first));
    }

    @Override
    public boolean replays(String processor) {
        return name.equals(processor);
    }

    /** A dead letter retried: the opportunity recomputed from its whole stream; throws if it still cannot be. */
    @Override
    public void replay(String processor, UUID streamId) {
        OpportunityId opportunity = OpportunityId.of(streamId);
        List<OpportunityEvent> events = streams.read(List.of(opportunity)).getOrDefault(opportunity, List.of());
        Rows rows = new Rows();
        if (!events.isEmpty()) {
            project(List.of(new Stream(opportunity, events, OpportunityHistory.of(events))), rows);
        } else {
            rows.replace(opportunity);
        }
        StreamWrites writes = new StreamWrites(name, jdbc, deadLetters);
        rows.into(writes);
        writes.flushOrThrow();
    }

    /** One opportunity's whole stream, as read for a recomputation. */
    protected record Stream(OpportunityId opportunityId, List<OpportunityEvent> events, OpportunityHistory history) {

        public CandidateId candidateId() {
            return events.getFirst().candidateId();
        }
    }

    /** Adds the rows of these opportunities, and their progress rows, for their whole streams. */
    protected abstract void project(List<Stream> streams, Rows rows);

    /** Whether the rows already reflect entry {@code sequence} of the opportunity (its progress row says so). */
    public boolean hasProcessed(OpportunityId opportunityId, long sequence) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + progressTable + " WHERE opportunity_id = ? AND last_sequence >= ?)",
                Boolean.class, opportunityId.value(), sequence));
    }

    /** Before a replay: every table emptied, and the parked streams forgotten (the replay meets them again). */
    @ResetHandler
    public void reset() {
        rowTables.forEach(table -> jdbc.update("DELETE FROM " + table));
        jdbc.update("DELETE FROM " + progressTable);
        deadLetters.forget(name);
    }

    /**
     * The writes of one recomputation, in three rounds: every progress row, then the opportunities' old rows out, then
     * the new rows in. Each names the opportunity it belongs to, so that one refused row parks only its opportunity.
     */
    protected final class Rows {

        private record Row(int round, OpportunityId opportunity, String sql, Object[] arguments) {
        }

        private final List<Row> rows = new ArrayList<>();
        private final Set<OpportunityId> replaced = new LinkedHashSet<>();

        public void progress(OpportunityId opportunity, String sql, Object... arguments) {
            replace(opportunity);
            rows.add(new Row(0, opportunity, sql, arguments));
        }

        public void add(OpportunityId opportunity, String sql, Object... arguments) {
            replace(opportunity);
            rows.add(new Row(2, opportunity, sql, arguments));
        }

        private void replace(OpportunityId opportunity) {
            if (replaced.add(opportunity)) {
                rowTables.forEach(table -> rows.add(new Row(1, opportunity,
                        "DELETE FROM " + table + " WHERE opportunity_id = ?", new Object[]{opportunity.value()})));
            }
        }

        /** An erased candidate's opportunity: its rows and its progress row go, nothing comes back. */
        private void forget(OpportunityId opportunity) {
            replace(opportunity);
            rows.add(new Row(1, opportunity, "DELETE FROM " + progressTable + " WHERE opportunity_id = ?",
                    new Object[]{opportunity.value()}));
        }

        private void into(StreamWrites writes) {
            rows.forEach(row -> writes.add(row.round(), row.opportunity().value(), row.sql(), row.arguments()));
        }
    }
}
