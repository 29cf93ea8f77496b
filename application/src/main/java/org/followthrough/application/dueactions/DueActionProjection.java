package org.followthrough.application.dueactions;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.projection.PerStreamProjection;
import org.followthrough.application.projection.ProjectionProgress;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.followup.Advice;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.followup.Waiting;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps {@code due_action} equal to what the follow-up policy says for each opportunity's whole history, recomputed
 * per stream ({@link PerStreamProjection}). A settings change recomputes all of that candidate's opportunities.
 */
@Component
@ProcessingGroup(DueActionProjection.PROCESSING_GROUP)
class DueActionProjection extends PerStreamProjection implements ProjectionProgress {

    public static final String PROCESSING_GROUP = "due-actions";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CandidatePolicy policy;

    DueActionProjection(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, OpportunityStreams streams,
                        CandidatePolicy policy, DeadLetters deadLetters) {
        super(PROCESSING_GROUP, "due_action_opportunity", List.of("due_action", "due_action_waiting"), template, streams, deadLetters);
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long sequence) {
        touch(event, sequence);
    }

    @EventHandler
    void on(CandidateSettingsChanged changed) {
        touch(opportunitiesOf(changed.candidateId()), "CandidateSettingsChanged");
    }

    /** The candidate's opportunities this projection holds. */
    List<OpportunityId> opportunitiesOf(CandidateId candidate) {
        return jdbc.sql("SELECT opportunity_id FROM due_action_opportunity WHERE candidate_id = ?")
                .param(candidate.value())
                .query((row, number) -> OpportunityId.of(row.getObject(1, UUID.class)))
                .list();
    }

    @Override
    protected void project(List<Stream> streams, Rows rows) {
        Map<CandidateId, CandidatePolicy.Applied> policies = new HashMap<>();
        for (Stream stream : streams) {
            OpportunityId opportunityId = stream.opportunityId();
            CandidateId candidate = stream.candidateId();
            Advice advice = policies.computeIfAbsent(candidate, policy::of)
                    .adviceAt(opportunityId, stream.history(), Instant.MAX);
            List<DueAction> actions = advice.actions();
            OpportunityOpened opened = stream.events().getFirst() instanceof OpportunityOpened first ? first : null;
            rows.progress(opportunityId, """
                            INSERT INTO due_action_opportunity (opportunity_id, candidate_id, company, role, last_sequence)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (opportunity_id) DO UPDATE SET company = excluded.company, role = excluded.role,
                                last_sequence = excluded.last_sequence""",
                    opportunityId.value(), candidate.value(), opened == null ? null : opened.company(),
                    opened == null ? null : opened.role(), stream.history().lastSequence());
            for (DueAction action : actions) {
                rows.add(opportunityId, """
                                INSERT INTO due_action (opportunity_id, action_key, candidate_id, rule, action, due_at, due_on,
                                                        deadline, priority, explanation, hint, worth_until,
                                                        missed_reason)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""",
                        opportunityId.value(), action.key(), candidate.value(), action.rule().name(), action.action(),
                        action.dueAt() == null ? null : Timestamp.from(action.dueAt()),
                        action.dueOn() == null ? null : Date.valueOf(action.dueOn()),
                        Timestamp.from(action.deadline()), action.priority().name(), action.explanation(),
                        json.writeValueAsString(action.hint()),
                        action.worth().until() == null ? null : Timestamp.from(action.worth().until()),
                        action.worth().missedReason());
            }
            int position = 0;
            for (Waiting waiting : advice.waiting()) {
                rows.add(opportunityId, """
                                INSERT INTO due_action_waiting (opportunity_id, position, candidate_id, reason, paused,
                                                                explanation)
                                VALUES (?, ?, ?, ?, ?, ?)""",
                        opportunityId.value(), position++, candidate.value(), waiting.reason().name(),
                        String.join(",", waiting.paused().stream().map(Rule::name).toList()), waiting.explanation());
            }
        }
    }
}
