package org.followthrough.application.replay;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One opportunity: its log, what is open on it now, and what was open right after any one of its entries. */
class OpportunityReplayTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private final AdaAtAcme world = new AdaAtAcme();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final OpportunityReplay replay = new OpportunityReplay(new OpportunityEventLog(store), new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return List.of();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    }, new CandidatePolicy(new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json()),
            new NoPublicHolidays(),
                CandidateStreamsInMemory.noHistory()), Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC));

    {
        for (RecordedEvent recorded : world.entries()) {
            store.publish(new GenericDomainEventMessage<>("Opportunity", world.acme.toString(), recorded.sequence(),
                    recorded.event()));
        }
    }

    @Test
    void rightAfterTheInterviewTheThankYouAndTheNotesWereDue() {
        OpportunityReplay.View view = replay.of(world.ada, world.acme, 1L);

        assertThat(view.log().events()).hasSize(2);
        assertThat(view.step()).isNotNull();
        assertThat(view.step().moment()).isEqualTo(AdaAtAcme.INTERVIEW_END);
        assertThat(view.step().last()).isEqualTo(1);
        assertThat(view.step().openThen()).extracting(DueAction::rule).contains(Rule.THANK_YOU, Rule.NOTES);
    }

    @Test
    void aStepBeyondEitherEndIsTheNearestEntry() {
        assertThat(replay.of(world.ada, world.acme, 99L).step().sequence()).isEqualTo(1);
        assertThat(replay.of(world.ada, world.acme, -3L).step().sequence()).isZero();
        assertThat(replay.of(world.ada, world.acme, null).step()).isNull();
    }

    @Test
    void someoneElsesOpportunityIsNotFound() {
        assertThatThrownBy(() -> replay.of(CandidateId.of(UUID.randomUUID()), world.acme, null))
                .isInstanceOf(NotFound.class);
    }
}
