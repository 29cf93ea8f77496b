package org.followthrough.application.settings;

import java.time.Clock;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.rebuild.SubscribingRebuilds;
import org.followthrough.domain.candidate.CandidateEvent;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.SharedWithCoach;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a candidate's events, {@code candidate_settings} holds their latest zone, region and policy numbers. */
class CandidateSettingsProjectionTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private final CandidateSettingsProjection projection = new CandidateSettingsProjection(DATABASE.jdbc(),
            ProjectionDatabase.json());
    private final CandidateSettingsStore store = new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json());
    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final CandidateRegistered registered = new CandidateRegistered(ada, "Ada", ZoneId.of("Europe/Berlin"),
            Region.parse("DE-BY"), Instant.parse("2026-03-01T09:00:00Z"));
    private final FollowUpPolicy patient = new FollowUpPolicy(Duration.ofHours(48), 7, 1, 1, 7, 14, 10, 3, 30, 1, 1, 2);
    private final CandidateSettingsChanged moved = new CandidateSettingsChanged(ada, ZoneId.of("America/New_York"),
            Region.parse("US-NY"), patient, Instant.parse("2026-03-05T09:00:00Z"));

    @Test
    void aRegistrationStartsWithTheDefaultPolicyAndAChangeReplacesEverything() {
        projection.on(registered);
        assertThat(store.of(ada)).get().satisfies(settings -> {
            assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(settings.policy()).isEqualTo(FollowUpPolicy.DEFAULTS);
        });

        projection.on(moved);
        projection.on(moved);

        assertThat(store.of(ada)).get().satisfies(settings -> {
            assertThat(settings.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(settings.region().code()).isEqualTo("US-NY");
            assertThat(settings.policy()).isEqualTo(patient);
        });
    }

    @Test
    void aRebuildReplaysEveryCandidatesStreamIntoAnEmptiedTable() {
        CandidateId gone = CandidateId.of(UUID.randomUUID());
        projection.on(new CandidateRegistered(gone, "Nobody any more", ZoneId.of("UTC"), Region.parse("GB"),
                Instant.parse("2026-01-01T00:00:00Z")));
        List<CandidateEvent> streams = List.of(registered,
                new SharedWithCoach(ada, "cora@example.com", false, Instant.parse("2026-03-02T09:00:00Z")), moved);

        new SubscribingRebuilds(streams::forEach, DATABASE.template(), DATABASE.transactions(),
                new DeadLetters(DATABASE.jdbc(), Clock.systemUTC()), List.of(projection)).rebuild(projection);

        assertThat(store.of(gone)).isEmpty();
        assertThat(store.of(ada)).get().satisfies(settings -> assertThat(settings.policy()).isEqualTo(patient));
        assertThat(DATABASE.rows("candidate_settings")).isEqualTo(1);
    }
}
