package org.followthrough.application.drafts;

import org.followthrough.application.SharedServiceDatabase;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.CommandsInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.dueactions.CadenceAdvisor;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.projection.ProjectionSignals;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.drafts.DraftContext;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Marking a draft as sent records the entry its action asked for, now, with the text as sent: a thank-you to the
 * interviewer named by the action (or the panel), a follow-up of the action's purpose; the channel the candidate
 * names, else the action's, else e-mail.
 */
class DraftSendingTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");

    private final AdaAtAcme world = new AdaAtAcme();
    private final CommandsInMemory commands = new CommandsInMemory()
            .on(RecordThankYou.class, command -> 2L)
            .on(RecordFollowUp.class, command -> 2L);
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    /** No projection to wait for: the entry counts as visible at once. */
    private final ReadYourWrites visibleAtOnce = new ReadYourWrites(List.of(),
            new DeadLetters(DATABASE.jdbc(), Clock.systemUTC()), null, new ProjectionSignals(), Duration.ofSeconds(1));
    private final DraftSending sending = new DraftSending(new Recording(commands, store, visibleAtOnce,
            new CadenceAdvisor(store, new CandidatePolicy(new CandidateSettingsStore(DATABASE.jdbc(),
                    ProjectionDatabase.json()), new NoPublicHolidays(), CandidateStreamsInMemory.noHistory()))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aThankYouGoesToTheInterviewerTheActionNamesWithTheTextAsSentByTheActionsChannel() {
        Recording.Recorded recorded = sending.markSent(world.ada, material(Rule.THANK_YOU,
                new RecordHint(RecordHint.Form.THANK_YOU, world.interview, "Grace Hopper", null, null, Channel.HANDWRITTEN, null)),
                "Dear Grace, thank you.", null);

        assertThat(recorded.sequence()).isEqualTo(2);
        assertThat(commands.sent()).containsExactly(new RecordThankYou(world.acme, world.ada, world.interview,
                "Grace Hopper", Channel.HANDWRITTEN, NOW, "Dear Grace, thank you."));
    }

    @Test
    void aThankYouWithNobodyNamedGoesToThePanelByEmailUnlessTheCandidateSaysOtherwise() {
        DraftMaterial panel = material(Rule.THANK_YOU,
                new RecordHint(RecordHint.Form.THANK_YOU, world.interview, null, null, null, null, null));

        sending.markSent(world.ada, panel, "Thank you all.", null);
        sending.markSent(world.ada, panel, "Thank you all.", Channel.LINKEDIN);

        assertThat(commands.sent(RecordThankYou.class)).extracting(RecordThankYou::interviewer, RecordThankYou::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the panel", Channel.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("the panel", Channel.LINKEDIN));
    }

    @Test
    void aFollowUpIsRecordedWithTheActionsPurposeAndRecipient() {
        sending.markSent(world.ada, material(Rule.STATUS_CHECK, new RecordHint(RecordHint.Form.FOLLOW_UP, world.interview,
                "Grace Hopper", "grace@acme.example", FollowUpPurpose.STATUS_CHECK, null, null)), "Any news?", null);

        assertThat(commands.sent()).containsExactly(new RecordFollowUp(world.acme, world.ada, FollowUpPurpose.STATUS_CHECK,
                Channel.EMAIL, NOW, "Grace Hopper", "Any news?"));
    }

    @Test
    void anActionThatIsNotAMessageIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> sending.markSent(world.ada, material(Rule.NOTES,
                new RecordHint(RecordHint.Form.NOTES, world.interview, null, null, null, null, null)), "notes", null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("action"));
        assertThat(commands.sent()).isEmpty();
    }

    private DraftMaterial material(Rule rule, RecordHint hint) {
        DueAction action = DueAction.of(world.acme, rule, rule.name().toLowerCase() + ":" + world.interview)
                .action("an action").dueAt(NOW.plus(Duration.ofDays(1))).because("the test says so")
                .recordedAs(hint);
        return new DraftMaterial(action, "Ada", "Acme", "Backend Engineer", ZoneId.of("Europe/Berlin"), null, null, null,
                null, null, null, 1, new DraftContext(rule, "Acme", List.of(), null, List.of(), List.of(), List.of()));
    }
}
