package org.followthrough.application.history;

import org.followthrough.application.SharedServiceDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CommandsInMemory;
import org.followthrough.application.DeadlinesInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsRows;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The export writes every stream with its sequence, type and both times, and the import takes it back as it was. */
class HistoryExportTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    private static final JsonMapper JSON = ProjectionDatabase.json();
    private static final Instant NOW = Instant.parse("2026-03-12T12:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AdaAtAcme world = new AdaAtAcme();

    {
        world.record(new ThankYouSent(world.acme, world.ada, world.interview, "Grace Hopper", Channel.EMAIL,
                Instant.parse("2026-03-10T18:00:00Z"), "Thank you, Grace.", false), Instant.parse("2026-03-11T08:00:00Z"));
    }

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CandidateSettingsStore settings = new CandidateSettingsStore(DATABASE.jdbc(), JSON);
    private final HistoryExport export = new HistoryExport(world, new OpportunityEventLog(store), settings, JSON, clock);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void everyEntryIsWrittenWithItsSequenceTypeAndBothTimes() {
        storeTheWorld();

        HistoryDocument document = export.export(world.ada);

        assertThat(document.format()).isEqualTo(HistoryDocument.FORMAT);
        assertThat(document.version()).isEqualTo(HistoryDocument.VERSION);
        assertThat(document.exportedAt()).isEqualTo(NOW);
        assertThat(document.candidate()).as("no settings stored: the defaults")
                .isEqualTo(new HistoryDocument.Settings("UTC", "GB", FollowUpPolicy.DEFAULTS));
        assertThat(document.opportunities()).singleElement().satisfies(opportunity -> {
            assertThat(opportunity.id()).isEqualTo(world.acme.toString());
            assertThat(opportunity.events()).extracting(HistoryDocument.Event::sequence, HistoryDocument.Event::type)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "OpportunityOpened"),
                            org.assertj.core.groups.Tuple.tuple(1L, "InterviewHeld"),
                            org.assertj.core.groups.Tuple.tuple(2L, "ThankYouSent"));
            HistoryDocument.Event thankYou = opportunity.events().get(2);
            assertThat(thankYou.occurredAt()).isEqualTo(Instant.parse("2026-03-10T18:00:00Z"));
            assertThat(thankYou.recordedAt()).isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
            assertThat(thankYou.payload().get("message").asString()).isEqualTo("Thank you, Grace.");
        });
    }

    @Test
    void anExportImportedIntoAnEmptyAccountGivesTheSameEntriesAndSettings() {
        storeTheWorld();
        SettingsRows rows = new SettingsRows(DATABASE.jdbc(), JSON, clock);
        FollowUpPolicy patient = new FollowUpPolicy(Duration.ofHours(48), 7, 1, 1, 7, 14, 10, 3, 30, 1, 1, 2);
        rows.changed(new ChangeCandidateSettings(world.ada, ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), patient));
        HistoryDocument exported = export.export(world.ada);
        CandidateId bea = CandidateId.of(UUID.randomUUID());

        HistoryImport.Imported imported = new HistoryImport(store, new SettingsService(new CommandsInMemory()
                .on(ChangeCandidateSettings.class, rows::changed), settings, new NoPublicHolidays(),
                new Accounts(DATABASE.jdbc()), List.of()), new DeadlinesInMemory(), world, JSON, clock)
                .importInto(bea, JSON.valueToTree(exported));

        List<RecordedEvent> beas = new OpportunityEventLog(store).eventsOf(imported.streams().getFirst().opportunityId(), bea);
        assertThat(beas).extracting(RecordedEvent::sequence, RecordedEvent::type, RecordedEvent::occurredAt,
                        RecordedEvent::recordedAt)
                .containsExactlyElementsOf(world.entries().stream().map(recorded -> org.assertj.core.groups.Tuple.tuple(
                        recorded.sequence(), recorded.type(), recorded.occurredAt(), recorded.recordedAt())).toList());
        assertThat(settings.of(bea)).get().satisfies(theirs -> {
            assertThat(theirs.policy()).isEqualTo(patient);
            assertThat(theirs.region().code()).isEqualTo("DE-BY");
        });
    }

    private void storeTheWorld() {
        for (RecordedEvent recorded : world.entries()) {
            store.publish(new GenericDomainEventMessage<>("Opportunity", world.acme.toString(), recorded.sequence(),
                    recorded.event(), org.axonframework.messaging.MetaData.emptyInstance(), recorded.eventId(),
                    recorded.recordedAt()));
        }
    }
}
