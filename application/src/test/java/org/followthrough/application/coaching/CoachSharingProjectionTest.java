package org.followthrough.application.coaching;

import java.time.Clock;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.rebuild.SubscribingRebuilds;
import org.followthrough.domain.candidate.CandidateEvent;
import org.followthrough.domain.candidate.CoachShareProposed;
import org.followthrough.domain.candidate.CoachSharingRevoked;
import org.followthrough.domain.candidate.SharedWithCoach;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a candidate's consent events, {@code coach_share} holds with whom they share right now, and what. */
class CoachSharingProjectionTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private final CoachSharingProjection projection = new CoachSharingProjection(DATABASE.jdbc());
    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final SharedWithCoach figuresOnly = new SharedWithCoach(ada, "cora@example.com", false,
            Instant.parse("2026-03-01T09:00:00Z"));
    private final SharedWithCoach withTimeline = new SharedWithCoach(ada, "cora@example.com", true,
            Instant.parse("2026-03-02T09:00:00Z"));
    private final SharedWithCoach another = new SharedWithCoach(ada, "dan@example.com", false,
            Instant.parse("2026-03-03T09:00:00Z"));

    @Test
    void sharingAgainChangesWhatIsSharedAndARevocationRemovesIt() {
        projection.on(figuresOnly);
        projection.on(withTimeline);
        projection.on(another);
        projection.on(new CoachSharingRevoked(ada, "dan@example.com", Instant.parse("2026-03-04T09:00:00Z")));

        assertThat(shares()).containsExactly("cora@example.com:true:ACTIVE");
    }

    @Test
    void aProposedShareIsPendingUntilConfirmedAndARevocationDropsItWhilePending() {
        projection.on(new CoachShareProposed(ada, "cora@example.com", true, "Cora", Instant.parse("2026-03-01T09:00:00Z")));
        projection.on(new CoachShareProposed(ada, "dan@example.com", false, "Dan", Instant.parse("2026-03-01T09:00:00Z")));
        assertThat(shares()).containsExactlyInAnyOrder("cora@example.com:true:PENDING", "dan@example.com:false:PENDING");

        projection.on(withTimeline);
        projection.on(new CoachSharingRevoked(ada, "dan@example.com", Instant.parse("2026-03-04T09:00:00Z")));

        assertThat(shares()).containsExactly("cora@example.com:true:ACTIVE");
    }

    @Test
    void aRebuildReplaysEveryCandidatesStreamIntoAnEmptiedTable() {
        CandidateId gone = CandidateId.of(UUID.randomUUID());
        projection.on(new SharedWithCoach(gone, "cora@example.com", true, Instant.parse("2026-01-01T00:00:00Z")));
        List<CandidateEvent> streams = List.of(figuresOnly, another,
                new CoachSharingRevoked(ada, "dan@example.com", Instant.parse("2026-03-04T09:00:00Z")),
                new CoachShareProposed(ada, "eve@example.com", true, "Eve", Instant.parse("2026-03-05T09:00:00Z")));

        new SubscribingRebuilds(streams::forEach, DATABASE.template(), DATABASE.transactions(),
                new DeadLetters(DATABASE.jdbc(), Clock.systemUTC()), List.of(projection)).rebuild(projection);

        assertThat(DATABASE.rows("coach_share")).isEqualTo(2);
        assertThat(shares()).containsExactlyInAnyOrder("cora@example.com:false:ACTIVE", "eve@example.com:true:PENDING");
    }

    private List<String> shares() {
        return DATABASE.jdbc().sql("SELECT coach_email, share_timeline, status FROM coach_share WHERE candidate_id = ?")
                .param(ada.value())
                .query((row, number) -> row.getString(1) + ":" + row.getBoolean(2) + ":" + row.getString(3))
                .list();
    }
}
