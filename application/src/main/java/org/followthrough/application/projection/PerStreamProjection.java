package org.followthrough.application.projection;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.followthrough.domain.candidate.CandidateErased;
import org.followthrough.domain.candidate.PersonalDataKeys;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A projection whose rows for an opportunity are a function of that opportunity's whole stream. An event only marks
 * its opportunity ({@link #touch}); just before the batch of events commits, every marked opportunity is read again
 * from the store (all of them in one query) and its rows replaced, each kind of statement as one JDBC batch. So a
 * redelivered event, a retraction anywhere in the history and a full replay all end in the same rows.
 *
 * <p>A subclass names its tables, keeps its own {@code @EventHandler}s (which call {@link #touch}) and writes one
 * opportunity's rows in {@link #project}, including its progress row: {@code opportunity_id} and the
 * {@code last_sequence} it reflects, which {@link #hasProcessed} reads.
 */
public abstract class PerStreamProjection {

    private final String name;
    private final String progressTable;
    private final List<String> rowTables;
    private final JdbcTemplate jdbc;
    private final OpportunityStreams streams;

    /**
     * @param progressTable one row per opportunity: {@code opportunity_id}, {@code last_sequence}
     * @param rowTables     the tables whose rows of an opportunity are replaced on each recomputation
     */
    protected PerStreamProjection(String name, String progressTable, List<String> rowTables, JdbcTemplate jdbc,
                                  OpportunityStreams streams) {
        this.name = name;
        this.progressTable = progressTable;
        this.rowTables = List.copyOf(rowTables);
        this.jdbc = jdbc;
        this.streams = streams;
    }

    private @Nullable PersonalDataKeys keys;

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

    /** The processing group. */
    public String name() {
        return name;
    }

    /** Marks opportunities in the batch of events being handled; each is recomputed once, just before it commits. */
    protected final void touch(Collection<OpportunityId> opportunities) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Set<OpportunityId> touched = unitOfWork.getOrComputeResource(getClass().getName() + ".touched", key -> {
            Set<OpportunityId> ids = new LinkedHashSet<>();
            unitOfWork.onPrepareCommit(work -> recompute(ids));
            return ids;
        });
        touched.addAll(opportunities);
    }

    /** Recomputes the given opportunities from their whole streams and replaces their rows. */
    public void recompute(Collection<OpportunityId> opportunities) {
        if (opportunities.isEmpty()) {
            return;
        }
        Rows rows = new Rows();
        List<Stream> read = new ArrayList<>();
        for (Map.Entry<OpportunityId, List<OpportunityEvent>> stream : streams.read(opportunities).entrySet()) {
            List<OpportunityEvent> events = stream.getValue();
            if (!events.isEmpty() && keys != null && keys.isErased(events.getFirst().candidateId())) {
                rows.forget(stream.getKey());
            } else if (!events.isEmpty()) {
                rows.replace(stream.getKey());
                read.add(new Stream(stream.getKey(), events, OpportunityHistory.of(events)));
            }
        }
        project(read, rows);
        rows.write();
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

    /** Before a replay: every table emptied. */
    @ResetHandler
    public void reset() {
        rowTables.forEach(table -> jdbc.update("DELETE FROM " + table));
        jdbc.update("DELETE FROM " + progressTable);
    }

    /**
     * The writes of one recomputation, in three rounds: every progress row, then the opportunities' old rows out, then
     * the new rows in.
     */
    protected final class Rows {

        private final SqlBatch progress = new SqlBatch();
        private final SqlBatch removed = new SqlBatch();
        private final SqlBatch added = new SqlBatch();

        public void progress(String sql, Object... arguments) {
            progress.add(sql, arguments);
        }

        public void add(String sql, Object... arguments) {
            added.add(sql, arguments);
        }

        private void replace(OpportunityId opportunity) {
            rowTables.forEach(table -> removed.add("DELETE FROM " + table + " WHERE opportunity_id = ?", opportunity.value()));
        }

        private void forget(OpportunityId opportunity) {
            replace(opportunity);
            removed.add("DELETE FROM " + progressTable + " WHERE opportunity_id = ?", opportunity.value());
        }

        private void write() {
            progress.flush(jdbc);
            removed.flush(jdbc);
            added.flush(jdbc);
        }
    }
}
