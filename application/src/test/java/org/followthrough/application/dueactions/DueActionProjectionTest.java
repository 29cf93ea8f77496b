package org.followthrough.application.dueactions;

import java.time.Clock;
import org.followthrough.application.projection.DeadLetters;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.MapOpportunityStreams;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given an opportunity's events, the due-actions projection's rows are what the policy says for the whole stream. */
class DueActionProjectionTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final OpportunityId acme = OpportunityId.of(UUID.randomUUID());
    private final InterviewId interview = InterviewId.of(UUID.randomUUID());
    private final Map<OpportunityId, List<OpportunityEvent>> store = new HashMap<>();
    private DueActionProjection projection;

    @BeforeEach
    void setUp() {
        CandidatePolicy policy = new CandidatePolicy(new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json()),
                new NoPublicHolidays(),
                CandidateStreamsInMemory.noHistory());
        projection = new DueActionProjection(DATABASE.jdbc(), DATABASE.template(), ProjectionDatabase.json(),
                new MapOpportunityStreams(store), policy, new DeadLetters(DATABASE.jdbc(), Clock.systemUTC()));
        append(new OpportunityOpened(acme, ada, "Acme", "Backend Engineer", Instant.parse("2026-03-01T09:00:00Z")));
        append(new InterviewHeld(acme, ada, interview, 1, null, Instant.parse("2026-03-10T14:00:00Z"),
                List.of(new Interviewer("Grace Hopper", null, null)), DecisionTimeline.by(LocalDate.of(2026, 3, 20))));
    }

    @Test
    void anOpportunitysRowsAreWhatThePolicySaysForItsWholeStream() {
        projection.recompute(List.of(acme));

        assertThat(rules()).contains("THANK_YOU", "NOTES", "STATUS_CHECK");
        assertThat(DATABASE.jdbc().sql("SELECT company FROM due_action_opportunity WHERE opportunity_id = ?")
                .param(acme.value()).query(String.class).single()).isEqualTo("Acme");
        assertThat(projection.hasProcessed(acme, 1)).isTrue();
        assertThat(projection.hasProcessed(acme, 2)).isFalse();
    }

    @Test
    void recomputingAgainChangesNothing() {
        projection.recompute(List.of(acme));
        List<String> once = keys();

        projection.recompute(List.of(acme));
        projection.recompute(List.of(acme));

        assertThat(keys()).isEqualTo(once);
    }

    @Test
    void aThankYouTakesItsActionAwayAndItsRetractionBringsItBack() {
        append(new ThankYouSent(acme, ada, interview, "Grace Hopper", Channel.EMAIL, Instant.parse("2026-03-10T18:00:00Z"),
                null, false));
        projection.recompute(List.of(acme));
        assertThat(rules()).doesNotContain("THANK_YOU").contains("CONNECT");

        append(new EntryRetracted(acme, ada, 2, "sent to the wrong person", Instant.parse("2026-03-11T09:00:00Z")));
        projection.recompute(List.of(acme));
        assertThat(rules()).contains("THANK_YOU").doesNotContain("CONNECT");
    }

    @Test
    void theEventsOfABatchAreRecomputedOnceJustBeforeItCommits() {
        List<String> seenInsideTheBatch = new ArrayList<>();

        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(store.get(acme).getLast())).execute(() -> {
            List<OpportunityEvent> events = store.get(acme);
            for (int sequence = 0; sequence < events.size(); sequence++) {
                projection.on(events.get(sequence), sequence);
            }
            seenInsideTheBatch.addAll(keys());
        });

        assertThat(seenInsideTheBatch).isEmpty();
        assertThat(rules()).contains("THANK_YOU");
    }

    @Test
    void aSettingsChangeRecomputesAllOfTheCandidatesOpportunities() {
        projection.recompute(List.of(acme));
        Instant dayLater = dueAt("THANK_YOU").plus(Duration.ofHours(24));
        FollowUpPolicy patient = new FollowUpPolicy(Duration.ofHours(48), 7, 1, 1, 7, 14, 7, 3, 30, 1, 1, 2);
        DATABASE.jdbc().sql("""
                        INSERT INTO candidate_settings (candidate_id, time_zone, region, policy, updated_at)
                        VALUES (?, 'Europe/Berlin', 'DE', ?::jsonb, now())""")
                .params(ada.value(), ProjectionDatabase.json().writeValueAsString(patient)).update();
        CandidateSettingsChanged changed = new CandidateSettingsChanged(ada, ZoneId.of("Europe/Berlin"), Region.parse("DE"),
                patient, Instant.parse("2026-03-10T15:00:00Z"));

        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(changed)).execute(() -> projection.on(changed));

        assertThat(dueAt("THANK_YOU")).isEqualTo(dayLater);
    }

    @Test
    void aResetEmptiesItsTables() {
        projection.recompute(List.of(acme));

        projection.reset();

        assertThat(DATABASE.rows("due_action")).isZero();
        assertThat(DATABASE.rows("due_action_opportunity")).isZero();
    }

    private void append(OpportunityEvent event) {
        store.computeIfAbsent(event.opportunityId(), key -> new ArrayList<>()).add(event);
    }

    private List<String> rules() {
        return DATABASE.jdbc().sql("SELECT rule FROM due_action WHERE opportunity_id = ?").param(acme.value())
                .query(String.class).list();
    }

    private List<String> keys() {
        return DATABASE.jdbc().sql("SELECT action_key FROM due_action WHERE opportunity_id = ? ORDER BY action_key")
                .param(acme.value()).query(String.class).list();
    }

    private Instant dueAt(String rule) {
        return DATABASE.jdbc().sql("SELECT due_at FROM due_action WHERE opportunity_id = ? AND rule = ?")
                .params(acme.value(), rule).query(java.sql.Timestamp.class).single().toInstant();
    }
}
