package org.followthrough.application.timeline;

import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Answers timeline questions from the projection's tables. */
@Component
record TimelineQueries(JdbcClient jdbc, JsonMapper json) implements CandidateTimeline {

    /**
     * A page of entries as they stood at {@code at}. An entry counts as retracted only if its retraction too had
     * happened (or been recorded) by then: before the correction, the entry was still on the record.
     */
    @Override
    public TimelinePage page(FetchTimeline query) {
        String moment = query.basis() == Basis.OCCURRED ? "occurred_at" : "recorded_at";
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
            sql.append(" AND (e.occurred_at, e.opportunity_id, e.sequence_number) < (:afterAt, :afterOpportunity, :afterSequence)");
            params.put("afterAt", Timestamp.from(query.after().occurredAt()));
            params.put("afterOpportunity", query.after().opportunityId());
            params.put("afterSequence", query.after().sequence());
        }
        sql.append(" ORDER BY e.occurred_at DESC, e.opportunity_id DESC, e.sequence_number DESC LIMIT :limit");
        params.put("limit", query.limit() + 1);
        List<TimelineEntry> rows = jdbc.sql(sql.toString()).params(params).query(this::entry).list();
        if (rows.size() <= query.limit()) {
            return new TimelinePage(rows, null);
        }
        List<TimelineEntry> page = rows.subList(0, query.limit());
        TimelineEntry last = page.getLast();
        return new TimelinePage(page, new TimelineCursor(last.recorded().occurredAt(), last.opportunity().opportunityId().value(),
                last.recorded().sequence()));
    }

    @Override
    public List<TimelineEntry> entries(FetchOpportunityEntries query) {
        if (query.opportunities().isEmpty()) {
            return List.of();
        }
        return entries(query.candidateId(), query.at(), query.basis(), query.opportunities());
    }

    @Override
    public List<TimelineEntry> allEntries(CandidateId candidate, Instant at, Basis basis) {
        return entries(candidate, at, basis, null);
    }

    private List<TimelineEntry> entries(CandidateId candidate, Instant at, Basis basis,
                                        @Nullable List<OpportunityId> only) {
        String moment = basis == Basis.OCCURRED ? "occurred_at" : "recorded_at";
        var statement = jdbc.sql("""
                        SELECT e.event_id, e.global_index, e.sequence_number, e.event_type, e.occurred_at, e.recorded_at,
                               e.payload::text AS payload, e.retracted_by, o.opportunity_id, o.company, o.role, o.opened_at,
                               o.closed_outcome, o.closed_at
                        FROM timeline_entry e JOIN timeline_opportunity o ON o.opportunity_id = e.opportunity_id
                        WHERE e.candidate_id = :candidate AND e.%s <= :at %s
                        ORDER BY e.opportunity_id, e.sequence_number""".formatted(moment,
                        only == null ? "" : "AND e.opportunity_id IN (:opportunities)"))
                .param("candidate", candidate.value())
                .param("at", Timestamp.from(at));
        if (only != null) {
            statement = statement.param("opportunities", only.stream().map(OpportunityId::value).toList());
        }
        return statement.query(this::entry).list();
    }

    @Override
    public List<OpportunitySummary> opportunities(CandidateId candidate) {
        return jdbc.sql("""
                        SELECT opportunity_id, company, role, opened_at, closed_outcome, closed_at
                        FROM timeline_opportunity WHERE candidate_id = ? ORDER BY opened_at DESC, opportunity_id""")
                .param(candidate.value())
                .query(TimelineQueries::summary)
                .list();
    }

    @Override
    public Optional<OpportunitySummary> opportunity(CandidateId candidate, OpportunityId opportunity) {
        return jdbc.sql("""
                        SELECT opportunity_id, company, role, opened_at, closed_outcome, closed_at
                        FROM timeline_opportunity WHERE candidate_id = ? AND opportunity_id = ?""")
                .params(candidate.value(), opportunity.value())
                .query(TimelineQueries::summary)
                .optional();
    }

    /** Keyset-paged in the same order: the page after {@code after} starts where it left off, whatever was opened since. */
    @Override
    public List<OpportunitySummary> opportunities(CandidateId candidate, @Nullable OpportunityPosition after, int limit) {
        if (after == null) {
            return jdbc.sql("""
                            SELECT opportunity_id, company, role, opened_at, closed_outcome, closed_at
                            FROM timeline_opportunity WHERE candidate_id = ? ORDER BY opened_at DESC, opportunity_id LIMIT ?""")
                    .params(candidate.value(), limit)
                    .query(TimelineQueries::summary)
                    .list();
        }
        return jdbc.sql("""
                        SELECT opportunity_id, company, role, opened_at, closed_outcome, closed_at
                        FROM timeline_opportunity
                        WHERE candidate_id = :candidate
                          AND (opened_at < :openedAt OR (opened_at = :openedAt AND opportunity_id > :opportunity))
                        ORDER BY opened_at DESC, opportunity_id LIMIT :limit""")
                .param("candidate", candidate.value())
                .param("openedAt", Timestamp.from(after.openedAt()))
                .param("opportunity", after.opportunityId().value())
                .param("limit", limit)
                .query(TimelineQueries::summary)
                .list();
    }

    @Override
    public List<OpportunityId> opportunityIdsOldestFirst(CandidateId candidate) {
        return jdbc.sql("SELECT opportunity_id FROM timeline_opportunity WHERE candidate_id = ? ORDER BY opened_at, opportunity_id")
                .param(candidate.value())
                .query((row, number) -> OpportunityId.of(row.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public boolean hasOpportunities(CandidateId candidate) {
        return jdbc.sql("SELECT count(*) FROM timeline_opportunity WHERE candidate_id = ?")
                .param(candidate.value()).query(Long.class).single() > 0;
    }

    @Override
    public List<String> companiesBesides(CandidateId candidate, OpportunityId opportunity) {
        return jdbc.sql("SELECT DISTINCT company FROM timeline_opportunity WHERE candidate_id = ? AND opportunity_id <> ?")
                .params(candidate.value(), opportunity.value())
                .query(String.class)
                .list();
    }

    @Override
    public List<String> interviewersBesides(CandidateId candidate, OpportunityId opportunity) {
        Set<String> names = new LinkedHashSet<>();
        jdbc.sql("""
                        SELECT payload::text FROM timeline_entry
                        WHERE candidate_id = ? AND opportunity_id <> ? AND event_type = 'InterviewHeld' AND retracted_by IS NULL""")
                .params(candidate.value(), opportunity.value())
                .query(String.class)
                .list()
                .forEach(payload -> {
                    JsonNode interviewers = json.readTree(payload).get("interviewers");
                    if (interviewers != null) {
                        interviewers.forEach(person -> names.add(person.get("name").asString()));
                    }
                });
        return List.copyOf(names);
    }

    @Override
    public List<CandidateTally> decisionDaysPassedWithoutCheckIn(List<CandidateId> candidates, Instant now) {
        return jdbc.sql("""
                        SELECT p.candidate_id, count(*) AS n, min(p.occurred_at) AS since
                        FROM timeline_entry p
                        JOIN timeline_opportunity o ON o.opportunity_id = p.opportunity_id
                        WHERE p.candidate_id = ANY(:ids) AND p.event_type = 'DeadlinePassed' AND p.retracted_by IS NULL
                          AND p.occurred_at <= :now AND o.closed_outcome IS NULL
                          AND NOT EXISTS (SELECT 1 FROM timeline_entry later
                                          WHERE later.opportunity_id = p.opportunity_id AND later.retracted_by IS NULL
                                            AND later.event_type IN ('FollowUpSent', 'RecruiterReplied')
                                            AND later.occurred_at >= p.occurred_at)
                        GROUP BY p.candidate_id""")
                .param("ids", ids(candidates)).param("now", Timestamp.from(now))
                .query(TimelineQueries::tally)
                .list();
    }

    @Override
    public List<CandidateTally> quietSince(List<CandidateId> candidates, Instant quietSince) {
        return jdbc.sql("""
                        SELECT e.candidate_id, 1 AS n, max(e.occurred_at) AS since
                        FROM timeline_entry e
                        WHERE e.candidate_id = ANY(:ids) AND e.event_type <> 'DeadlinePassed'
                          AND EXISTS (SELECT 1 FROM timeline_opportunity o
                                      WHERE o.candidate_id = e.candidate_id AND o.closed_outcome IS NULL)
                        GROUP BY e.candidate_id
                        HAVING max(e.occurred_at) < :quietSince""")
                .param("ids", ids(candidates)).param("quietSince", Timestamp.from(quietSince))
                .query(TimelineQueries::tally)
                .list();
    }

    private static UUID[] ids(List<CandidateId> candidates) {
        return candidates.stream().map(CandidateId::value).toArray(UUID[]::new);
    }

    private static CandidateTally tally(ResultSet row, int number) throws SQLException {
        return new CandidateTally(CandidateId.of(row.getObject("candidate_id", UUID.class)), row.getInt("n"),
                row.getTimestamp("since").toInstant());
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
