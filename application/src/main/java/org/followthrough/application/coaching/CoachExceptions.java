package org.followthrough.application.coaching;

import org.followthrough.domain.shared.CandidateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The coach's list of exceptions over the candidates who share with them: thank-yous past due, an employer's date
 * gone by with no check-in or reply since, and open searches with nothing recorded for two weeks. Read from the
 * due-actions and timeline tables; it names the kind of problem, never what anyone wrote.
 */
@Component
public class CoachExceptions {

    static final Duration QUIET = Duration.ofDays(14);

    private final JdbcClient jdbc;

    CoachExceptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CoachException> of(List<CandidateId> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        UUID[] ids = candidates.stream().map(CandidateId::value).toArray(UUID[]::new);
        List<CoachException> found = new ArrayList<>();
        found.addAll(jdbc.sql("""
                        SELECT d.candidate_id, a.display_name, count(*) AS n, min(d.due_at) AS since
                        FROM due_action d JOIN account a ON a.id = d.candidate_id
                        WHERE d.candidate_id = ANY(:ids) AND d.rule = 'THANK_YOU' AND d.due_at < :now
                        GROUP BY d.candidate_id, a.display_name""")
                .param("ids", ids).param("now", Timestamp.from(now))
                .query((row, number) -> exception(row, CoachException.Kind.OVERDUE_THANK_YOU))
                .list());
        found.addAll(jdbc.sql("""
                        SELECT p.candidate_id, a.display_name, count(*) AS n, min(p.occurred_at) AS since
                        FROM timeline_entry p
                        JOIN timeline_opportunity o ON o.opportunity_id = p.opportunity_id
                        JOIN account a ON a.id = p.candidate_id
                        WHERE p.candidate_id = ANY(:ids) AND p.event_type = 'DeadlinePassed' AND p.retracted_by IS NULL
                          AND p.occurred_at <= :now AND o.closed_outcome IS NULL
                          AND NOT EXISTS (SELECT 1 FROM timeline_entry later
                                          WHERE later.opportunity_id = p.opportunity_id AND later.retracted_by IS NULL
                                            AND later.event_type IN ('FollowUpSent', 'RecruiterReplied')
                                            AND later.occurred_at >= p.occurred_at)
                        GROUP BY p.candidate_id, a.display_name""")
                .param("ids", ids).param("now", Timestamp.from(now))
                .query((row, number) -> exception(row, CoachException.Kind.DECISION_DATE_PASSED_WITHOUT_CHECK_IN))
                .list());
        found.addAll(jdbc.sql("""
                        SELECT e.candidate_id, a.display_name, 1 AS n, max(e.occurred_at) AS since
                        FROM timeline_entry e JOIN account a ON a.id = e.candidate_id
                        WHERE e.candidate_id = ANY(:ids) AND e.event_type <> 'DeadlinePassed'
                          AND EXISTS (SELECT 1 FROM timeline_opportunity o
                                      WHERE o.candidate_id = e.candidate_id AND o.closed_outcome IS NULL)
                        GROUP BY e.candidate_id, a.display_name
                        HAVING max(e.occurred_at) < :quietSince""")
                .param("ids", ids).param("quietSince", Timestamp.from(now.minus(QUIET)))
                .query((row, number) -> exception(row, CoachException.Kind.NO_ACTIVITY))
                .list());
        found.sort(Comparator.comparing(CoachException::since).thenComparing(CoachException::displayName));
        return found;
    }

    private static CoachException exception(ResultSet row, CoachException.Kind kind) throws SQLException {
        return new CoachException(CandidateId.of(row.getObject("candidate_id", UUID.class)), row.getString("display_name"),
                kind, row.getInt("n"), row.getTimestamp("since").toInstant());
    }
}
