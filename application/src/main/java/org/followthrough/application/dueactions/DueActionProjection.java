package org.followthrough.application.dueactions;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.followthrough.application.projection.ProjectionProgress;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.application.projection.SqlBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code due_action} equal to what the follow-up policy says for each opportunity's whole history. Every
 * event marks its opportunity; once per batch, each marked opportunity is recomputed from its event stream and its
 * rows replaced, so redelivery and replays change nothing and a batch of a thousand events costs one computation
 * per opportunity. A settings change recomputes all of that candidate's opportunities.
 */
@Component
@ProcessingGroup(DueActionProjection.PROCESSING_GROUP)
class DueActionProjection implements ProjectionProgress {

    public static final String PROCESSING_GROUP = "due-actions";
    private static final String TOUCHED = DueActionProjection.class.getName() + ".touched";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;
    private final OpportunityStreams streams;
    private final PolicyReplay replay;

    DueActionProjection(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, OpportunityStreams streams,
                        PolicyReplay replay) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.streams = streams;
        this.replay = replay;
    }

    @EventHandler
    void on(OpportunityEvent event) {
        touched().add(event.opportunityId());
    }

    @EventHandler
    void on(CandidateSettingsChanged changed) {
        touched().addAll(opportunitiesOf(changed.candidateId()));
    }

    /** The candidate's opportunities this projection holds. */
    List<OpportunityId> opportunitiesOf(CandidateId candidate) {
        return jdbc.sql("SELECT opportunity_id FROM due_action_opportunity WHERE candidate_id = ?")
                .param(candidate.value())
                .query((row, number) -> OpportunityId.of(row.getObject(1, UUID.class)))
                .list();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM due_action").update();
        jdbc.sql("DELETE FROM due_action_opportunity").update();
    }

    @Override
    public String name() {
        return PROCESSING_GROUP;
    }

    @Override
    public boolean hasProcessed(OpportunityId opportunityId, long sequence) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM due_action_opportunity WHERE opportunity_id = ? AND last_sequence >= ?)")
                .params(opportunityId.value(), sequence)
                .query(Boolean.class)
                .single();
    }

    /** The opportunities marked in this batch; recomputed once, just before the batch commits. */
    private Set<OpportunityId> touched() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(TOUCHED, key -> {
            Set<OpportunityId> ids = new LinkedHashSet<>();
            unitOfWork.onPrepareCommit(work -> recompute(ids));
            return ids;
        });
    }

    /**
     * Recomputes the given opportunities from their whole streams, read in one query, and replaces their rows in a
     * few batched statements: every opportunity's progress, then every delete, then every insert, so that each kind of
     * statement goes to the database as one JDBC batch (interleaved per opportunity, they were a round trip or two
     * each).
     */
    void recompute(Collection<OpportunityId> opportunities) {
        if (opportunities.isEmpty()) {
            return;
        }
        Map<CandidateId, PolicyReplay.Context> contexts = new HashMap<>();
        SqlBatch progress = new SqlBatch();
        SqlBatch replaced = new SqlBatch();
        SqlBatch inserted = new SqlBatch();
        for (Map.Entry<OpportunityId, List<OpportunityEvent>> stream : streams.read(opportunities).entrySet()) {
            OpportunityId opportunityId = stream.getKey();
            List<OpportunityEvent> events = stream.getValue();
            if (events.isEmpty()) {
                continue;
            }
            CandidateId candidate = events.getFirst().candidateId();
            OpportunityHistory history = OpportunityHistory.of(events);
            List<DueAction> actions = contexts.computeIfAbsent(candidate, replay::contextFor)
                    .openAt(opportunityId, history, Instant.MAX);
            OpportunityOpened opened = events.getFirst() instanceof OpportunityOpened first ? first : null;
            progress.add("""
                            INSERT INTO due_action_opportunity (opportunity_id, candidate_id, company, role, last_sequence)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (opportunity_id) DO UPDATE SET company = excluded.company, role = excluded.role,
                                last_sequence = excluded.last_sequence""",
                    opportunityId.value(), candidate.value(), opened == null ? null : opened.company(),
                    opened == null ? null : opened.role(), history.lastSequence());
            replaced.add("DELETE FROM due_action WHERE opportunity_id = ?", opportunityId.value());
            for (DueAction action : actions) {
                inserted.add("""
                                INSERT INTO due_action (opportunity_id, action_key, candidate_id, rule, action, due_at, due_on,
                                                        deadline, priority, explanation, hint)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                        opportunityId.value(), action.key(), candidate.value(), action.rule().name(), action.action(),
                        action.dueAt() == null ? null : Timestamp.from(action.dueAt()),
                        action.dueOn() == null ? null : Date.valueOf(action.dueOn()),
                        Timestamp.from(action.deadline()), action.priority().name(), action.explanation(),
                        json.writeValueAsString(action.hint()));
            }
        }
        progress.flush(template);
        replaced.flush(template);
        inserted.flush(template);
    }
}
