package org.followthrough.application.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Answers timeline questions from the projection's tables, always scoped to one candidate. */
@Component
class TimelineQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TimelineQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A page of entries as they stood at {@code at}. An entry counts as retracted only if its retraction too had
     * happened (or been recorded) by then: before the correction, the entry was still on the record.
     */
    @QueryHandler
    TimelinePage timeline(FetchTimeline query) {
        String moment = query.basis() == FetchTimeline.Basis.OCCURRED ? "occurred_at" : "recorded_at";
        StringBuilder sql = new StringBuilder("""
                SELECT e.event_id, e.global_index, e.sequence_number, e.event_type, e.occurred_at, e.recorded_at,
                       e.payload::text AS payload, CASE WHEN r.event_id IS NULL THEN NULL ELSE e.retracted_by END AS retracted_by,
                       o.opportunity_id, o.company, o.role, o.opened_at, o.closed_outcome, o.closed_at
                FROM timeline_entry e
                JOIN timeline_opportunity o ON o.opportunity_id = e.opportunity_id
                LEFT JOIN timeline_entry r ON r.opportunity_id = e.opportunity_id AND r.sequence_number = e.retracted_by
                                          AND r.%1$s <= :at
                WHERE e.candidate_id = :candidate AND e.%1$s <= :at""".formatted(moment));
        Map<String, Object> params = new HashMap<>();
        params.put("candidate", query.candidateId().value());
        params.put("at", Timestamp.from(query.at()));
        if (query.opportunity() != null) {
            sql.append(" AND e.opportunity_id = :opportunity");
            params.put("opportunity", query.opportunity().value());
        }
        if (query.from() != null) {
            sql.append(" AND e.occurred_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.until() != null) {
            sql.append(" AND e.occurred_at < :until");
            params.put("until", Timestamp.from(query.until()));
        }
        if (query.after() != null) {
            sql.append(" AND (e.occurred_at, e.global_index) < (:afterAt, :afterIndex)");
            params.put("afterAt", Timestamp.from(query.after().occurredAt()));
            params.put("afterIndex", query.after().globalIndex());
        }
        sql.append(" ORDER BY e.occurred_at DESC, e.global_index DESC LIMIT :limit");
        params.put("limit", query.limit() + 1);
        List<TimelineEntry> rows = jdbc.sql(sql.toString()).params(params).query(this::entry).list();
        if (rows.size() <= query.limit()) {
            return new TimelinePage(rows, null);
        }
        List<TimelineEntry> page = rows.subList(0, query.limit());
        TimelineEntry last = page.getLast();
        return new TimelinePage(page, new TimelineCursor(last.recorded().occurredAt(), last.globalIndex()));
    }

    /** Every entry of the given opportunities of the candidate, as they stood at {@code at}, oldest first. */
    @QueryHandler
    List<TimelineEntry> entries(FetchOpportunityEntries query) {
        if (query.opportunities().isEmpty()) {
            return List.of();
        }
        String moment = query.basis() == FetchTimeline.Basis.OCCURRED ? "occurred_at" : "recorded_at";
        return jdbc.sql("""
                        SELECT e.event_id, e.global_index, e.sequence_number, e.event_type, e.occurred_at, e.recorded_at,
                               e.payload::text AS payload, e.retracted_by, o.opportunity_id, o.company, o.role, o.opened_at,
                               o.closed_outcome, o.closed_at
                        FROM timeline_entry e JOIN timeline_opportunity o ON o.opportunity_id = e.opportunity_id
                        WHERE e.candidate_id = :candidate AND e.%s <= :at AND e.opportunity_id IN (:opportunities)
                        ORDER BY e.opportunity_id, e.sequence_number""".formatted(moment))
                .param("candidate", query.candidateId().value())
                .param("at", Timestamp.from(query.at()))
                .param("opportunities", query.opportunities().stream().map(OpportunityId::value).toList())
                .query(this::entry)
                .list();
    }

    @QueryHandler
    List<OpportunitySummary> opportunities(FetchOpportunities query) {
        return jdbc.sql("""
                        SELECT opportunity_id, company, role, opened_at, closed_outcome, closed_at
                        FROM timeline_opportunity WHERE candidate_id = ? ORDER BY opened_at DESC, opportunity_id""")
                .param(query.candidateId().value())
                .query(TimelineQueries::summary)
                .list();
    }

    private TimelineEntry entry(ResultSet row, int number) throws SQLException {
        String typeName = row.getString("event_type");
        Class<? extends OpportunityEvent> type = EventTypes.byName(typeName)
                .orElseThrow(() -> new IllegalStateException("unknown event type in timeline: " + typeName));
        OpportunityEvent event = json.readValue(row.getString("payload"), type);
        return new TimelineEntry(summary(row, number),
                new RecordedEvent(row.getString("event_id"), row.getLong("sequence_number"), instant(row, "recorded_at"), event),
                row.getLong("global_index"), row.getObject("retracted_by", Long.class));
    }

    private static OpportunitySummary summary(ResultSet row, int number) throws SQLException {
        String outcome = row.getString("closed_outcome");
        Timestamp closedAt = row.getTimestamp("closed_at");
        return new OpportunitySummary(OpportunityId.of(row.getObject("opportunity_id", UUID.class)),
                row.getString("company"), row.getString("role"), instant(row, "opened_at"),
                outcome == null ? null : Outcome.valueOf(outcome), closedAt == null ? null : closedAt.toInstant());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }
}
