package org.followthrough.application.dueactions;

import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Answers "what is there to do?" from the due-actions projection's tables. */
@Component
class DueActionQueries implements DueActions {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DueActionQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<DueActionView> open(CandidateId candidate) {
        return jdbc.sql("""
                        SELECT a.*, a.hint::text AS hint_json, o.company, o.role
                        FROM due_action a JOIN due_action_opportunity o ON o.opportunity_id = a.opportunity_id
                        WHERE a.candidate_id = ?""")
                .param(candidate.value())
                .query(this::view)
                .list()
                .stream()
                .sorted(Comparator.comparing(DueActionView::action, DueAction.BY_URGENCY))
                .toList();
    }

    @Override
    public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
        return jdbc.sql("""
                        SELECT candidate_id, count(*) AS n, min(due_at) AS since
                        FROM due_action
                        WHERE candidate_id = ANY(:ids) AND rule = :rule AND due_at < :now
                        GROUP BY candidate_id""")
                .param("ids", candidates.stream().map(CandidateId::value).toArray(UUID[]::new))
                .param("rule", rule.name())
                .param("now", Timestamp.from(now))
                .query((row, number) -> new PastDue(CandidateId.of(row.getObject("candidate_id", UUID.class)),
                        row.getInt("n"), row.getTimestamp("since").toInstant()))
                .list();
    }

    private DueActionView view(ResultSet row, int number) throws SQLException {
        Timestamp dueAt = row.getTimestamp("due_at");
        java.sql.Date dueOn = row.getDate("due_on");
        // the table has no column for until when an action is worth doing yet: read back as worth doing while open
        DueAction action = new DueAction(OpportunityId.of(row.getObject("opportunity_id", UUID.class)),
                row.getString("action_key"), Rule.valueOf(row.getString("rule")), row.getString("action"),
                new DueAction.Due(dueAt == null ? null : dueAt.toInstant(), dueOn == null ? null : dueOn.toLocalDate(),
                        row.getTimestamp("deadline").toInstant()), Priority.valueOf(row.getString("priority")),
                row.getString("explanation"), DueAction.Worth.WHILE_OPEN,
                json.readValue(row.getString("hint_json"), RecordHint.class));
        return new DueActionView(row.getString("company"), row.getString("role"), action);
    }
}
