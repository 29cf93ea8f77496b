package org.followthrough.application.dueactions;

import org.followthrough.application.SharedServiceDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsRows;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a follow-up is recorded, the advisor reads its stream from the store and judges it, with the candidate's own
 * calendar and numbers, against what came before it in the stream (never against what came after).
 */
class CadenceAdvisorTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;

    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final OpportunityId acme = OpportunityId.of(UUID.randomUUID());
    private final InterviewId interview = InterviewId.of(UUID.randomUUID());
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CandidateSettingsStore settings = new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json());
    private final CadenceAdvisor advisor = new CadenceAdvisor(store,
            new CandidatePolicy(settings, new NoPublicHolidays(), CandidateStreamsInMemory.noHistory()));
    private long sequence;

    @BeforeEach
    void interviewedOnTuesdayTenthOfMarchWithADecisionByFridayTwentieth() {
        append(new OpportunityOpened(acme, ada, "Acme", "Backend Engineer", Instant.parse("2026-03-01T09:00:00Z")));
        append(new InterviewHeld(acme, ada, interview, 1, null, Instant.parse("2026-03-10T14:00:00Z"),
                List.of(new Interviewer("Grace Hopper", null, null)), DecisionTimeline.by(LocalDate.of(2026, 3, 20))));
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aCheckInBeforeTheirStatedDayIsOverIsWarnedAbout() {
        long early = append(checkIn("2026-03-16T09:00:00Z"));

        assertThat(advisor.warningsFor(ada, acme, early)).singleElement().asString()
                .contains("checking in before that day is over");
    }

    @Test
    void aFollowUpIsJudgedAgainstWhatCameBeforeItNotWhatCameAfter() {
        long first = append(checkIn("2026-03-24T09:00:00Z"));
        long second = append(checkIn("2026-03-25T09:00:00Z"));

        assertThat(advisor.warningsFor(ada, acme, first)).isEmpty();
        assertThat(advisor.warningsFor(ada, acme, second)).singleElement().asString()
                .contains("Your last message asking for news went out on").contains("one check-in every 7 days");
    }

    @Test
    void theCandidatesOwnSpacingBetweenCheckInsDecides() {
        append(checkIn("2026-03-24T09:00:00Z"));
        long second = append(checkIn("2026-03-27T09:00:00Z"));
        FollowUpPolicy everyTwoDays = new FollowUpPolicy(Duration.ofHours(24), 7, 1, 1, 7, 14, 2, 3, 30, 1, 1, 2);
        assertThat(advisor.warningsFor(ada, acme, second)).as("the default spacing: 7 days").hasSize(1);

        new SettingsRows(DATABASE.jdbc(), ProjectionDatabase.json(), Clock.systemUTC())
                .changed(new ChangeCandidateSettings(ada, ZoneId.of("Europe/Berlin"), Region.parse("DE"), everyTwoDays));

        assertThat(advisor.warningsFor(ada, acme, second)).isEmpty();
    }

    @Test
    void anEntryThatIsNoFollowUpOrNotYetStoredHasNoWarnings() {
        append(checkIn("2026-03-16T09:00:00Z"));

        assertThat(advisor.warningsFor(ada, acme, 1)).as("the interview").isEmpty();
        assertThat(advisor.warningsFor(ada, acme, 3)).as("beyond the stream").isEmpty();
    }

    private FollowUpSent checkIn(String sentAt) {
        return new FollowUpSent(acme, ada, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, Instant.parse(sentAt), null, null);
    }

    private long append(OpportunityEvent event) {
        store.publish(new GenericDomainEventMessage<>("Opportunity", acme.toString(), sequence, event));
        return sequence++;
    }
}
