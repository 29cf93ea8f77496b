package org.followthrough.application.reminders;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.CommandsInMemory;
import org.followthrough.application.MovableClock;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.accounts.AccountRows;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsRows;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.candidate.ChangeDigestSettings;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The morning digest: what is overdue and what is due today in the candidate's zone (not what was missed, not what
 * comes later), sent once a day after their chosen time, retried after a pause when the mail server refuses it.
 */
class DigestsTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Wednesday 11 March 2026, 07:30 in Berlin: before Ada's digest time (08:00). */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-11T06:30:00Z"));
    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final OpportunityId acme = OpportunityId.of(UUID.randomUUID());
    private final List<DueActionView> open = new ArrayList<>();
    private final Mailbox mailbox = new Mailbox();
    private final SettingsRows settingsRows = new SettingsRows(DATABASE.jdbc(), ProjectionDatabase.json(), clock);
    private final CandidateSettingsStore settings = new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json());
    private final Accounts accounts = new Accounts(DATABASE.jdbc());
    private final SettingsService settingsService = new SettingsService(new CommandsInMemory()
            .on(ChangeDigestSettings.class, settingsRows::digestChanged), settings, new NoPublicHolidays(), accounts, List.of());
    private final UnsubscribeLinks links = new UnsubscribeLinks(DATABASE.jdbc(), clock);
    private final DueActions dueActions = new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return candidate.equals(ada) ? List.copyOf(open) : List.of();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    };
    private final Digests digests = digests(new StaticListableBeanFactory(Map.of("mailer", mailbox)));

    @BeforeEach
    void adaInBerlinWithActionsOverdueDueTodayLaterAndMissed() {
        new AccountRows(accounts).insert(ada.value(), "Ada", Role.CANDIDATE, "{noop}x");
        settingsRows.changed(new ChangeCandidateSettings(ada, BERLIN, Region.parse("DE"), FollowUpPolicy.DEFAULTS));
        open.add(action("notes", "Write your notes", "2026-03-10T20:00:00Z", null));
        open.add(action("thank-you", "Thank Grace", "2026-03-11T15:00:00Z", null));
        open.add(action("status-check", "Ask for news", "2026-03-13T09:00:00Z", null));
        open.add(action("connect", "Connect with Grace", "2026-03-10T09:00:00Z", "2026-03-11T00:00:00Z"));
    }

    @Test
    void theDigestHoldsWhatIsOverdueAndWhatIsDueTodayInTheCandidatesZone() {
        Digest digest = digests.compose(ada, clock.instant());

        assertThat(digest.day()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(digest.overdue()).extracting(DigestItem::action).containsExactly("Write your notes");
        assertThat(digest.dueToday()).extracting(DigestItem::action).containsExactly("Thank Grace");
        assertThat(digest.dueToday().getFirst().dueAt()).isEqualTo(Instant.parse("2026-03-11T15:00:00Z").atZone(BERLIN));
        assertThat(digest.recipient()).startsWith("ada-");
        assertThat(links.verify(digest.unsubscribePath().substring("/unsubscribe/".length()))).contains(ada);
    }

    @Test
    void theDigestGoesOutOnceADayAfterTheCandidatesTime() {
        assertThat(digests.sweep()).as("07:30 in Berlin").isZero();

        clock.advance(Duration.ofMinutes(31));
        assertThat(digests.sweep()).as("08:01 in Berlin").isEqualTo(1);
        clock.advance(Duration.ofHours(3));
        assertThat(digests.sweep()).as("the day's is out").isZero();

        assertThat(mailbox.sent).extracting(Digest::candidateId).containsExactly(ada);
        assertThat(state()).isEqualTo("SENT");
    }

    @Test
    void aDayWithNothingDueSendsNothing() {
        open.clear();
        clock.advance(Duration.ofHours(1));

        assertThat(digests.sweep()).isZero();
        assertThat(mailbox.sent).isEmpty();
        assertThat(state()).isEqualTo("EMPTY");
    }

    @Test
    void aDigestTheMailServerRefusedIsTriedAgainAfterAMinute() {
        clock.advance(Duration.ofHours(1));
        mailbox.refusing = true;
        assertThat(digests.sweep()).isZero();
        assertThat(state()).isEqualTo("FAILED");

        mailbox.refusing = false;
        clock.advance(Duration.ofSeconds(30));
        assertThat(digests.sweep()).as("the pause is not over").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(digests.sweep()).isEqualTo(1);
        assertThat(state()).isEqualTo("SENT");
    }

    @Test
    void aSignedLinkTurnsTheDigestOffAndAForgedOneDoesNothing() {
        assertThat(digests.unsubscribe(ada.value() + ".forged")).isFalse();
        assertThat(settings.of(ada)).get().extracting(settings -> settings.digestEnabled()).isEqualTo(true);

        assertThat(digests.unsubscribe(links.tokenFor(ada))).isTrue();

        assertThat(settings.of(ada)).get().extracting(settings -> settings.digestEnabled()).isEqualTo(false);
        clock.advance(Duration.ofHours(1));
        assertThat(digests.sweep()).isZero();
    }

    @Test
    void withoutMailNothingIsSentAndATestDigestIsRefused() {
        Digests withoutMail = digests(new StaticListableBeanFactory());
        clock.advance(Duration.ofHours(1));

        assertThat(withoutMail.mailConfigured()).isFalse();
        assertThat(withoutMail.sweep()).isZero();
        assertThatThrownBy(() -> withoutMail.sendTest(ada)).isInstanceOf(StateConflict.class);
        assertThat(DATABASE.jdbc().sql("SELECT count(*) FROM digest_delivery WHERE candidate_id = ?").param(ada.value())
                .query(Long.class).single()).isZero();
    }

    private Digests digests(StaticListableBeanFactory beans) {
        return new Digests(DATABASE.jdbc(), DATABASE.transactions(), settings, settingsService, dueActions, accounts, links,
                beans.getBeanProvider(DigestMailer.class), clock);
    }

    private String state() {
        return DATABASE.jdbc().sql("SELECT state FROM digest_delivery WHERE candidate_id = ?").param(ada.value())
                .query(String.class).single();
    }

    private DueActionView action(String key, String what, String dueAt, String worthUntil) {
        DueAction.Builder builder = DueAction.of(acme, Rule.THANK_YOU, key).action(what).dueAt(Instant.parse(dueAt))
                .because("it helps");
        if (worthUntil != null) {
            builder.worthUntil(Instant.parse(worthUntil), "too late now");
        }
        return new DueActionView("Acme", "Backend Engineer",
                builder.recordedAs(new RecordHint(RecordHint.Form.NONE, null, null, null, null, null, null)));
    }

    /** The mail server: takes digests, or refuses them when told to. */
    private static final class Mailbox implements DigestMailer {

        final List<Digest> sent = new ArrayList<>();
        boolean refusing;

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public void send(Digest digest) {
            if (refusing) {
                throw new IllegalStateException("421 try again later");
            }
            sent.add(digest);
        }
    }
}
