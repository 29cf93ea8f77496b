package org.followthrough.application.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.followthrough.application.opportunities.EventTypes;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
     * A retraction counts only if it too had happened by {@code asOf}: as it stood before the correction, the
     * entry was still on the record.
     */
    @QueryHandler
    List<TimelineEntry> timeline(FetchTimeline query) {
        List<TimelineEntry> entries = jdbc.sql("""
                        SELECT e.event_id, e.global_index, e.sequence_number, e.event_type, e.recorded_at, e.payload::text AS payload,
                               e.retracted_by, o.opportunity_id, o.company, o.role, o.opened_at, o.closed_outcome, o.closed_at
                        FROM timeline_entry e JOIN timeline_opportunity o ON o.opportunity_id = e.opportunity_id
                        WHERE e.candidate_id = ? AND e.occurred_at <= ?
                        ORDER BY e.occurred_at DESC, e.global_index DESC
                        LIMIT ?""")
                .params(query.candidateId().value(), Timestamp.from(query.asOf()), query.limit())
                .query(this::entry)
                .list();
        Set<String> included = entries.stream()
                .map(entry -> entry.opportunity().opportunityId() + "#" + entry.recorded().sequence())
                .collect(Collectors.toSet());
        return entries.stream()
                .map(entry -> entry.retractedBy() == null
                        || included.contains(entry.opportunity().opportunityId() + "#" + entry.retractedBy()) ? entry
                        : new TimelineEntry(entry.opportunity(), entry.recorded(), entry.globalIndex(), null))
                .toList();
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
