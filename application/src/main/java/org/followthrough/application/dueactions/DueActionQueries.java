package org.followthrough.application.dueactions;

import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.followup.Waiting;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Answers "what is there to do?" from the due-actions projection's tables. */
@Component
record DueActionQueries(JdbcClient jdbc, JsonMapper json) implements DueActions {

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

    /**
     * Keyset-paged in SQL, in the order of {@link DueAction#urgencyAt}: overdue at {@code at} first, then deadline,
     * priority, key (byte order, as Java compares them) and opportunity.
     */
    @Override
    public List<DueActionView> open(CandidateId candidate, Instant at, @Nullable DueActionPosition after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT * FROM (
                    SELECT a.*, a.hint::text AS hint_json, o.company, o.role,
                           CASE WHEN a.priority <> 'LOW'
                                 AND CASE WHEN a.due_at IS NOT NULL THEN a.due_at < :at ELSE a.deadline <= :at END
                                THEN 0 ELSE 1 END AS overdue_rank,
                           CASE a.priority WHEN 'HIGH' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END AS priority_rank
                    FROM due_action a JOIN due_action_opportunity o ON o.opportunity_id = a.opportunity_id
                    WHERE a.candidate_id = :candidate AND (a.worth_until IS NULL OR a.worth_until > :at)) x
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("candidate", candidate.value());
        params.put("at", Timestamp.from(at));
        if (after != null) {
            sql.append("""
                    WHERE (x.overdue_rank, x.deadline, x.priority_rank, x.action_key COLLATE "C", x.opportunity_id)
                        > (:rank, :deadline, :priority, CAST(:key AS VARCHAR) COLLATE "C", :opportunity)
                    """);
            params.put("rank", after.overdueRank());
            params.put("deadline", Timestamp.from(after.deadline()));
            params.put("priority", after.priority().ordinal());
            params.put("key", after.key());
            params.put("opportunity", after.opportunityId());
        }
        sql.append("""
                ORDER BY x.overdue_rank, x.deadline, x.priority_rank, x.action_key COLLATE "C", x.opportunity_id LIMIT :limit""");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::view).list();
    }

    @Override
    public List<DueActionView> missed(CandidateId candidate, Instant at, int limit) {
        return jdbc.sql("""
                        SELECT a.*, a.hint::text AS hint_json, o.company, o.role
                        FROM due_action a JOIN due_action_opportunity o ON o.opportunity_id = a.opportunity_id
                        WHERE a.candidate_id = :candidate AND a.worth_until <= :at
                        ORDER BY a.worth_until DESC, a.deadline, a.action_key COLLATE "C", a.opportunity_id LIMIT :limit""")
                .param("candidate", candidate.value())
                .param("at", Timestamp.from(at))
                .param("limit", limit)
                .query(this::view)
                .list();
    }

    @Override
    public int missedCount(CandidateId candidate, Instant at) {
        return jdbc.sql("SELECT count(*) FROM due_action WHERE candidate_id = :candidate AND worth_until <= :at")
                .param("candidate", candidate.value())
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .single();
    }

    @Override
    public List<WaitingView> waiting(CandidateId candidate) {
        return jdbc.sql("""
                        SELECT w.*, o.company, o.role
                        FROM due_action_waiting w JOIN due_action_opportunity o ON o.opportunity_id = w.opportunity_id
                        WHERE w.candidate_id = ? ORDER BY o.company, w.opportunity_id, w.position""")
                .param(candidate.value())
                .query((row, number) -> new WaitingView(row.getString("company"), row.getString("role"),
                        new Waiting(OpportunityId.of(row.getObject("opportunity_id", UUID.class)),
                                Waiting.Reason.valueOf(row.getString("reason")),
                                Arrays.stream(row.getString("paused").split(",")).filter(name -> !name.isEmpty())
                                        .map(Rule::valueOf).toList(),
                                row.getString("explanation"))))
                .list();
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
        Timestamp worthUntil = row.getTimestamp("worth_until");
        DueAction action = new DueAction(OpportunityId.of(row.getObject("opportunity_id", UUID.class)),
                row.getString("action_key"), Rule.valueOf(row.getString("rule")), row.getString("action"),
                new DueAction.Due(dueAt == null ? null : dueAt.toInstant(), dueOn == null ? null : dueOn.toLocalDate(),
                        row.getTimestamp("deadline").toInstant()), Priority.valueOf(row.getString("priority")),
                row.getString("explanation"), worthUntil == null ? DueAction.Worth.WHILE_OPEN
                        : DueAction.Worth.until(worthUntil.toInstant(), row.getString("missed_reason")),
                json.readValue(row.getString("hint_json"), RecordHint.class));
        return new DueActionView(row.getString("company"), row.getString("role"), action);
    }
}
