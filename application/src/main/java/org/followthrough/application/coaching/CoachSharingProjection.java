package org.followthrough.application.coaching;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.followthrough.application.rebuild.SubscribingProjection;
import org.followthrough.domain.candidate.CandidateErased;
import org.followthrough.domain.candidate.CoachShareProposed;
import org.followthrough.domain.candidate.CoachShareStatus;
import org.followthrough.domain.candidate.CoachSharingRevoked;
import org.followthrough.domain.candidate.SharedWithCoach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps {@code coach_share} current: a share is PENDING from the candidate's request until they confirm the coach's
 * name, then ACTIVE. A subscribing processor, like candidate-settings: the row goes in the same transaction as the
 * consent event, so a confirmation or a revocation holds from the coach's very next request.
 */
@Component
@ProcessingGroup(CoachSharingProjection.PROCESSING_GROUP)
class CoachSharingProjection implements SubscribingProjection {

    static final String PROCESSING_GROUP = "coach-sharing";

    private final JdbcClient jdbc;

    CoachSharingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CoachShareProposed proposed) {
        upsert(proposed.candidateId().value(), proposed.coachEmail(), proposed.shareTimeline(), proposed.proposedAt(),
                CoachShareStatus.PENDING);
    }

    @EventHandler
    void on(SharedWithCoach shared) {
        upsert(shared.candidateId().value(), shared.coachEmail(), shared.shareTimeline(), shared.sharedAt(),
                CoachShareStatus.ACTIVE);
    }

    private void upsert(UUID candidate, String coach, boolean timeline, Instant at, CoachShareStatus status) {
        jdbc.sql("""
                        INSERT INTO coach_share (candidate_id, coach_email, share_timeline, shared_at, status)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (candidate_id, coach_email) DO UPDATE SET share_timeline = excluded.share_timeline,
                            shared_at = excluded.shared_at, status = excluded.status""")
                .params(candidate, coach, timeline, Timestamp.from(at), status.name())
                .update();
    }

    @EventHandler
    void on(CoachSharingRevoked revoked) {
        jdbc.sql("DELETE FROM coach_share WHERE candidate_id = ? AND coach_email = ?")
                .params(revoked.candidateId().value(), revoked.coachEmail())
                .update();
    }

    @EventHandler
    void on(CandidateErased erased) {
        jdbc.sql("DELETE FROM coach_share WHERE candidate_id = ?").param(erased.candidateId().value()).update();
    }

    @Override
    public List<String> tables() {
        return List.of("coach_share");
    }
}
