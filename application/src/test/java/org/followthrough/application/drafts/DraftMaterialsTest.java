package org.followthrough.application.drafts;

import org.followthrough.application.SharedServiceDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.accounts.AccountRows;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.domain.drafts.DraftContext;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.PublicHolidays;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.followup.Weekend;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The material for a draft: one of the candidate's own open actions that asks for a message, with what the stream
 * tells about it (the interview, its people, the latest notes, the messages that still stand).
 */
class DraftMaterialsTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    /** The morning after the interview: the thank-you is due, the notes are overdue. */
    private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");

    private final AdaAtAcme world = new AdaAtAcme();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final List<OpportunityEvent> stream = new ArrayList<>();
    private final CandidatePolicy.Applied policy = new CandidatePolicy.Applied(
            new BusinessCalendar(ZoneOffset.UTC, Weekend.SATURDAY_SUNDAY, PublicHolidays.NONE), FollowUpPolicy.DEFAULTS);
    private final DueActions open = new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return candidate.equals(world.ada) ? policy.openAt(world.acme, OpportunityHistory.of(stream), NOW).stream()
                    .map(action -> new DueActionView("Acme", "Backend Engineer", action)).toList() : List.of();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    };
    private final Accounts accounts = new Accounts(DATABASE.jdbc());
    private final DraftMaterials materials = new DraftMaterials(open, new OpportunityEventLog(store), accounts, world);

    @BeforeEach
    void adasStreamAndAccount() {
        world.entries().forEach(recorded -> append(recorded.event()));
        new AccountRows(accounts).insert(world.ada.value(), "Ada Lovelace", Role.CANDIDATE, "{noop}x");
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aThankYouIsDraftedForTheInterviewerOfThatInterviewWithWhatTheAppKnowsOfThem() {
        DraftMaterial material = materials.forAction(world.ada, world.acme, key(Rule.THANK_YOU));

        assertThat(material.candidateName()).isEqualTo("Ada Lovelace");
        assertThat(material.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(material.company()).isEqualTo("Acme");
        assertThat(material.role()).isEqualTo("Backend Engineer");
        assertThat(material.interview()).isNotNull().extracting(held -> held.interviewId()).isEqualTo(world.interview);
        assertThat(material.recipient()).isNotNull().satisfies(grace -> {
            assertThat(grace.name()).isEqualTo("Grace Hopper");
            assertThat(grace.email()).as("from the interview, not only the hint").isEqualTo("grace@acme.example");
        });
        assertThat(material.checkIn()).isEqualTo(1);
        DraftContext checks = material.checks();
        assertThat(checks.rule()).isEqualTo(Rule.THANK_YOU);
        assertThat(checks.interviewers()).containsExactly("Grace Hopper");
        assertThat(checks.sentHere()).isEmpty();
    }

    @Test
    void theLatestNotesOfTheInterviewAreTheOnesDrawnOn() {
        append(notes("the design exercise"));
        append(notes("the design exercise, and the Kafka question"));

        assertThat(materials.forAction(world.ada, world.acme, key(Rule.THANK_YOU)).notes()).isNotNull()
                .extracting(InterviewNotesRecorded::wentWell).isEqualTo("the design exercise, and the Kafka question");
    }

    @Test
    void aRetractedMessageIsNotAmongTheMessagesSentHere() {
        append(followUp("Thanks for today, looking forward to hearing from you."));
        append(followUp("A message sent to the wrong company."));
        append(new EntryRetracted(world.acme, world.ada, stream.size() - 1, "wrong company",
                Instant.parse("2026-03-10T19:00:00Z")));

        assertThat(materials.forAction(world.ada, world.acme, key(Rule.THANK_YOU)).checks().sentHere())
                .extracting(DraftContext.SentMessage::text)
                .containsExactly("Thanks for today, looking forward to hearing from you.");
    }

    @Test
    void anActionThatIsNotOpenOrAsksForNoMessageHasNoDraft() {
        assertThatThrownBy(() -> materials.forAction(world.ada, world.acme, "no-such-action")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> materials.forAction(world.ada, world.acme, key(Rule.NOTES)))
                .isInstanceOf(NotFound.class).hasMessageContaining("NOTES")
                .satisfies(notFound -> assertThat(((NotFound) notFound).thing()).isEqualTo("draft"));
    }

    @Test
    void nobodyElseGetsADraftOfAdasAction() {
        CandidateId bea = CandidateId.of(UUID.randomUUID());

        assertThatThrownBy(() -> materials.forAction(bea, world.acme, key(Rule.THANK_YOU))).isInstanceOf(NotFound.class);
    }

    private String key(Rule rule) {
        return open.open(world.ada).stream().map(DueActionView::action).filter(action -> action.rule() == rule)
                .map(DueAction::key).findFirst().orElseThrow(() -> new AssertionError("no open " + rule));
    }

    private InterviewNotesRecorded notes(String wentWell) {
        return new InterviewNotesRecorded(world.acme, world.ada, world.interview, wentWell, null, null, null, List.of(),
                Instant.parse("2026-03-10T16:00:00Z"));
    }

    private FollowUpSent followUp(String message) {
        return new FollowUpSent(world.acme, world.ada, FollowUpPurpose.CONNECT, Channel.EMAIL,
                Instant.parse("2026-03-10T18:00:00Z"), "Grace Hopper", message);
    }

    private void append(OpportunityEvent event) {
        store.publish(new GenericDomainEventMessage<>("Opportunity", world.acme.toString(), stream.size(), event));
        stream.add(event);
    }
}
