package org.followthrough.application.dueactions;

import org.axonframework.queryhandling.QueryHandler;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers "what is there to do?": live from the due-actions projection, or, for a moment in the past, by running
 * the same policy over the candidate's events as they stood then (read from the timeline's copy of them).
 */
@Component
class DueActionQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CandidatePolicy replay;

    DueActionQueries(JdbcClient jdbc, JsonMapper json, CandidatePolicy replay) {
        this.jdbc = jdbc;
        this.json = json;
        this.replay = replay;
    }

    @QueryHandler
    List<DueActionView> dueActions(FetchDueActions query) {
        return query.asOf() == null ? live(query) : computed(query);
    }

    private List<DueActionView> live(FetchDueActions query) {
        return jdbc.sql("""
                        SELECT a.*, a.hint::text AS hint_json, o.company, o.role
                        FROM due_action a JOIN due_action_opportunity o ON o.opportunity_id = a.opportunity_id
                        WHERE a.candidate_id = ?""")
                .param(query.candidateId().value())
                .query(this::view)
                .list()
                .stream()
                .sorted(Comparator.comparing(DueActionView::action, DueAction.BY_URGENCY))
                .toList();
    }

    private List<DueActionView> computed(FetchDueActions query) {
        Instant asOf = query.asOf();
        String moment = query.basis() == FetchDueActions.Basis.OCCURRED ? "e.occurred_at" : "e.recorded_at";
        Map<UUID, List<OpportunityHistory.Entry>> entries = new LinkedHashMap<>();
        Map<UUID, String[]> names = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT e.opportunity_id, e.sequence_number, e.event_type, e.payload::text AS payload, o.company, o.role
                        FROM timeline_entry e JOIN timeline_opportunity o ON o.opportunity_id = e.opportunity_id
                        WHERE e.candidate_id = ? AND %s <= ?
                        ORDER BY e.opportunity_id, e.sequence_number""".formatted(moment))
                .params(query.candidateId().value(), Timestamp.from(asOf))
                .query((ResultSet row) -> {
                    UUID opportunity = row.getObject("opportunity_id", UUID.class);
                    Class<? extends OpportunityEvent> type = EventTypes.byName(row.getString("event_type")).orElseThrow();
                    entries.computeIfAbsent(opportunity, key -> new ArrayList<>()).add(new OpportunityHistory.Entry(
                            row.getLong("sequence_number"), json.readValue(row.getString("payload"), type)));
                    names.putIfAbsent(opportunity, new String[] {row.getString("company"), row.getString("role")});
                });
        CandidatePolicy.Applied context = replay.of(query.candidateId());
        List<DueActionView> views = new ArrayList<>();
        entries.forEach((opportunity, opportunityEntries) -> {
            // as the app knew it: the entries it had been told of by then, whenever they happened
            Instant judgedAt = query.basis() == FetchDueActions.Basis.OCCURRED ? asOf : Instant.MAX;
            for (DueAction action : context.openAt(OpportunityId.of(opportunity),
                    OpportunityHistory.ofEntries(opportunityEntries), judgedAt)) {
                views.add(new DueActionView(names.get(opportunity)[0], names.get(opportunity)[1], action));
            }
        });
        views.sort(Comparator.comparing(DueActionView::action, DueAction.BY_URGENCY));
        return views;
    }

    private DueActionView view(ResultSet row, int number) throws SQLException {
        Timestamp dueAt = row.getTimestamp("due_at");
        java.sql.Date dueOn = row.getDate("due_on");
        DueAction action = new DueAction(OpportunityId.of(row.getObject("opportunity_id", UUID.class)),
                row.getString("action_key"), Rule.valueOf(row.getString("rule")), row.getString("action"),
                dueAt == null ? null : dueAt.toInstant(), dueOn == null ? null : dueOn.toLocalDate(),
                row.getTimestamp("deadline").toInstant(), Priority.valueOf(row.getString("priority")),
                row.getString("explanation"), json.readValue(row.getString("hint_json"), RecordHint.class));
        return new DueActionView(row.getString("company"), row.getString("role"), action);
    }
}
