package org.followthrough.application.history;

import org.followthrough.application.SharedServiceDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CommandsInMemory;
import org.followthrough.application.DeadlinesInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsRows;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionDeadline;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing a history document: every part is checked (format, order, the rules between entries, times) before
 * anything is stored; then the streams are stored with new ids and both their times, the settings are taken over, and
 * every stated decision day still to come is scheduled as a deadline at the end of that day in the candidate's zone.
 */
class HistoryImportTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    private static final JsonMapper JSON = ProjectionDatabase.json();
    private static final Instant NOW = Instant.parse("2026-03-12T12:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final DeadlinesInMemory deadlines = new DeadlinesInMemory();
    private final CommandsInMemory commands = new CommandsInMemory()
            .on(ChangeCandidateSettings.class, new SettingsRows(DATABASE.jdbc(), JSON, clock)::changed);
    private final CandidateSettingsStore settingsRows = new CandidateSettingsStore(DATABASE.jdbc(), JSON);
    /** Ada has an opportunity already; Bea's account is new and empty. */
    private final AdaAtAcme world = new AdaAtAcme();
    private final CandidateId bea = CandidateId.of(UUID.randomUUID());
    private final HistoryImport historyImport = new HistoryImport(store,
            new SettingsService(commands, settingsRows, new NoPublicHolidays(), new Accounts(DATABASE.jdbc()), List.of()),
            deadlines, world, JSON, clock);

    /** The exported opportunity: Ada's ids, which the import replaces. */
    private final OpportunityId exported = OpportunityId.of(UUID.randomUUID());
    private final CandidateId exporter = CandidateId.of(UUID.randomUUID());
    private final InterviewId interview = InterviewId.of(UUID.randomUUID());

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void theStreamsAreStoredUnderNewIdsForTheImportingCandidateWithBothTheirTimes() {
        HistoryImport.Imported imported = historyImport.importInto(bea, document(interviewedAtAcme()));

        assertThat(imported.events()).isEqualTo(3);
        assertThat(imported.opportunities()).isEqualTo(1);
        HistoryImport.Imported.Stream stream = imported.streams().getFirst();
        assertThat(stream.opportunityId()).isNotEqualTo(exported);
        assertThat(stream.lastSequence()).isEqualTo(2);
        List<DomainEventMessage<?>> stored = stored(stream.opportunityId());
        assertThat(stored).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(stored).extracting(message -> message.getPayload().getClass().getSimpleName())
                .containsExactly("OpportunityOpened", "InterviewHeld", "ThankYouSent");
        assertThat(stored).extracting(message -> (OpportunityEvent) message.getPayload()).allSatisfy(event -> {
            assertThat(event.opportunityId()).isEqualTo(stream.opportunityId());
            assertThat(event.candidateId()).isEqualTo(bea);
        });
        assertThat(stored.get(2).getTimestamp()).as("recorded the morning after it was sent")
                .isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
        assertThat(((ThankYouSent) stored.get(2).getPayload()).sentAt()).isEqualTo(Instant.parse("2026-03-10T18:00:00Z"));
        assertThat(((InterviewHeld) stored.get(1).getPayload()).interviewId()).as("interviews keep their ids")
                .isEqualTo(interview);
    }

    @Test
    void theDocumentsSettingsBecomeTheCandidatesOwn() {
        FollowUpPolicy patient = new FollowUpPolicy(java.time.Duration.ofHours(48), 7, 1, 1, 10, 14, 7, 3, 30, 1, 1, 2);
        ObjectNode document = document(interviewedAtAcme());
        ((ObjectNode) document.get("candidate")).put("timeZone", "America/New_York").put("region", "US-NY")
                .set("policy", JSON.valueToTree(patient));

        historyImport.importInto(bea, document);

        assertThat(settingsRows.of(bea)).get().satisfies(settings -> {
            assertThat(settings.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(settings.region().code()).isEqualTo("US-NY");
            assertThat(settings.policy()).isEqualTo(patient);
        });
    }

    @Test
    void aStatedDecisionDayStillToComeIsScheduledAtTheEndOfThatDayInTheCandidatesZone() {
        HistoryImport.Imported imported = historyImport.importInto(bea, document(interviewedAtAcme()));

        OpportunityId imported0 = imported.streams().getFirst().opportunityId();
        assertThat(deadlines.scheduled()).singleElement().satisfies(deadline -> {
            assertThat(deadline.at()).as("Friday 20 March ends at midnight in Berlin")
                    .isEqualTo(Instant.parse("2026-03-20T23:00:00Z"));
            assertThat(deadline.name()).isEqualTo(DecisionDeadline.NAME);
            assertThat(deadline.payload()).isEqualTo(new DecisionDeadline(interview, LocalDate.of(2026, 3, 20),
                    Instant.parse("2026-03-20T23:00:00Z")));
            assertThat(deadline.scope()).isEqualTo(new AggregateScopeDescriptor("Opportunity", imported0.toString()));
        });
    }

    @Test
    void aMovedDecisionDayIsScheduledInsteadOfTheOneNamedAtTheInterview() {
        List<Recorded> moved = new ArrayList<>(interviewedAtAcme());
        moved.add(new Recorded(new DecisionTimelineChanged(exported, exporter, interview,
                DecisionTimeline.by(LocalDate.of(2026, 3, 27)), Instant.parse("2026-03-11T09:00:00Z")),
                Instant.parse("2026-03-11T09:00:00Z")));

        historyImport.importInto(bea, document(moved));

        assertThat(deadlines.scheduled()).extracting(DeadlinesInMemory.Scheduled::at)
                .containsExactly(Instant.parse("2026-03-27T23:00:00Z"));
    }

    @Test
    void aDecisionDayThatHasGoneByIsNotScheduled() {
        List<Recorded> gone = new ArrayList<>(interviewedAtAcme());
        gone.set(1, new Recorded(held(DecisionTimeline.by(LocalDate.of(2026, 3, 11))), Instant.parse("2026-03-10T15:00:00Z")));

        historyImport.importInto(bea, document(gone));

        assertThat(deadlines.scheduled()).isEmpty();
    }

    @Test
    void aDocumentOfAnotherFormatOrVersionIsRefusedNamingTheField() {
        ObjectNode foreign = document(interviewedAtAcme()).put("format", "trello-board");
        ObjectNode later = document(interviewedAtAcme()).put("version", 2);

        assertRefused(foreign, "format");
        assertRefused(later, "version");
        assertRefused(JSON.createArrayNode(), "body");
    }

    @Test
    void anAccountThatHasOpportunitiesAlreadyIsRefusedAndKeepsItsSettings() {
        assertThatThrownBy(() -> historyImport.importInto(world.ada, document(interviewedAtAcme())))
                .isInstanceOf(StateConflict.class).hasMessageContaining("already has opportunities");

        assertNothingStored();
    }

    @Test
    void aGapInTheSequenceIsNamedByItsPath() {
        ObjectNode gap = document(interviewedAtAcme());
        ((ObjectNode) gap.get("opportunities").get(0).get("events").get(2)).put("sequence", 3);

        assertRefused(gap, "opportunities[0].events[2].sequence");
    }

    @Test
    void aHistoryThatDoesNotStartWithTheOpeningIsRefused() {
        List<Recorded> headless = new ArrayList<>(interviewedAtAcme());
        headless.removeFirst();

        assertRefused(document(headless), "opportunities[0].events[0].type");
    }

    @Test
    void anEntryOfATypeTheAppDoesNotKnowIsRefused() {
        ObjectNode unknown = document(interviewedAtAcme());
        ((ObjectNode) unknown.get("opportunities").get(0).get("events").get(1)).put("type", "InterviewDreamt");

        assertRefused(unknown, "opportunities[0].events[1].type");
    }

    @Test
    void anEntryRecordedAfterNowIsRefused() {
        ObjectNode ahead = document(interviewedAtAcme());
        ((ObjectNode) ahead.get("opportunities").get(0).get("events").get(2)).put("recordedAt", "2026-03-13T08:00:00Z");

        assertRefused(ahead, "opportunities[0].events[2].recordedAt");
    }

    @Test
    void anOccurredAtThatDisagreesWithTheEventsOwnTimeIsRefused() {
        ObjectNode disagreeing = document(interviewedAtAcme());
        ((ObjectNode) disagreeing.get("opportunities").get(0).get("events").get(2)).put("occurredAt", "2026-03-10T19:00:00Z");

        assertRefused(disagreeing, "opportunities[0].events[2].occurredAt");
    }

    @Test
    void aThankYouForAnInterviewThatWasNeverHeldIsRefusedAtItsEntry() {
        List<Recorded> orphan = new ArrayList<>(interviewedAtAcme());
        orphan.remove(1);

        assertRefused(document(orphan), "opportunities[0].events[1].payload.interviewId");
    }

    @Test
    void anInterviewRecordedTwiceIsRefusedAtItsEntry() {
        List<Recorded> twice = new ArrayList<>(interviewedAtAcme());
        twice.add(twice.get(1));

        assertRefused(document(twice), "opportunities[0].events[3]");
    }

    @Test
    void aFaultInTheSecondOpportunityStoresNothingOfTheFirst() {
        ObjectNode twoStreams = document(interviewedAtAcme());
        ObjectNode broken = document(interviewedAtAcme());
        ((ObjectNode) broken.get("opportunities").get(0).get("events").get(0).get("payload")).put("company", "");
        twoStreams.withArray("opportunities").add(broken.get("opportunities").get(0));

        assertRefused(twoStreams, "opportunities[1].events[0].payload.company");
    }

    private void assertRefused(JsonNode document, String field) {
        assertThatThrownBy(() -> historyImport.importInto(bea, document))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo(field));
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(store.openStream(null)).as("no event in the store").matches(stream -> !stream.hasNextAvailable());
        assertThat(deadlines.scheduled()).isEmpty();
        assertThat(commands.sent()).as("the settings stay as they were").isEmpty();
    }

    private List<DomainEventMessage<?>> stored(OpportunityId opportunity) {
        return store.readEvents(opportunity.toString()).asStream().<DomainEventMessage<?>>map(message -> message).toList();
    }

    /** An entry of the exported stream and when the app learned of it. */
    private record Recorded(OpportunityEvent event, Instant recordedAt) {
    }

    private InterviewHeld held(DecisionTimeline decision) {
        return new InterviewHeld(exported, exporter, interview, 1, Instant.parse("2026-03-10T13:00:00Z"),
                Instant.parse("2026-03-10T14:00:00Z"), List.of(new Interviewer("Grace Hopper", null, null)), decision);
    }

    /** Opened, interviewed with Grace on 10 March (a decision by Friday 20 March), thanked her that evening. */
    private List<Recorded> interviewedAtAcme() {
        return List.of(
                new Recorded(new OpportunityOpened(exported, exporter, "Acme", "Backend Engineer",
                        Instant.parse("2026-03-01T09:00:00Z")), Instant.parse("2026-03-01T09:00:00Z")),
                new Recorded(held(DecisionTimeline.by(LocalDate.of(2026, 3, 20))), Instant.parse("2026-03-10T15:00:00Z")),
                new Recorded(new ThankYouSent(exported, exporter, interview, "Grace Hopper", Channel.EMAIL,
                        Instant.parse("2026-03-10T18:00:00Z"), "Thank you, Grace.", false),
                        Instant.parse("2026-03-11T08:00:00Z")));
    }

    /** The document the export writes for one opportunity, as JSON the test can spoil. */
    private ObjectNode document(List<Recorded> stream) {
        List<HistoryDocument.Event> events = new ArrayList<>();
        for (int sequence = 0; sequence < stream.size(); sequence++) {
            Recorded recorded = stream.get(sequence);
            events.add(new HistoryDocument.Event(sequence, recorded.event().getClass().getSimpleName(),
                    recorded.event().occurredAt(), recorded.recordedAt(), JSON.valueToTree(recorded.event())));
        }
        return JSON.valueToTree(new HistoryDocument(HistoryDocument.FORMAT, HistoryDocument.VERSION, NOW,
                new HistoryDocument.Settings("Europe/Berlin", "DE", FollowUpPolicy.DEFAULTS),
                List.of(new HistoryDocument.Opportunity(exported.toString(), events))));
    }
}
