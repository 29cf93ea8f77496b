package org.followthrough.application.settings;

import org.followthrough.application.ApplicationTestApplication;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A settings change is one transaction: the event, the account's copy, and the due actions worked out again. */
@SpringBootTest(classes = ApplicationTestApplication.class)
@FreshDatabase
class SettingsServiceTest {

    @Autowired
    SettingsService settings;
    @Autowired
    AccountService signUps;
    @Autowired
    Accounts accounts;
    @Autowired
    Recording recording;
    @Autowired
    DueActions dueActions;

    private final Instant interviewEnd = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    private CandidateId ada;

    @BeforeEach
    void interviewed() {
        ada = signUps.signUp(new SignUp("ada-" + UUID.randomUUID() + "@example.com", "a long enough password", "Ada",
                "Europe/Berlin", "DE-BY", Role.CANDIDATE)).candidateId();
        recording.record(new RecordInterview(recording.open(ada, "Acme", "Engineer", null), ada,
                InterviewId.of(UUID.randomUUID()), null, null, interviewEnd, List.of(new Interviewer("Grace Hopper", null, null)),
                DecisionTimeline.notStated(), ZoneId.of("Europe/Berlin")));
        assertThat(thankYouDue()).isEqualTo(interviewEnd.plus(Duration.ofHours(24)));
    }

    @Test
    void whatIsLeftOutStaysAndTheDueActionsAlreadyFollowTheNewNumbers() {
        CandidateSettings changed = settings.change(ada, new SettingsChange(null, null, new SettingsChange.Policy(48,
                null, null, null, null, null, null, null, null, null, null, null)));

        assertThat(changed.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(changed.policy().thankYouWithin()).isEqualTo(Duration.ofHours(48));
        assertThat(changed.policy().daysBetweenCheckIns()).isEqualTo(7);
        assertThat(thankYouDue()).isEqualTo(interviewEnd.plus(Duration.ofHours(48)));
    }

    @Test
    void aMoveChangesTheSignInRecordsCopyToo() {
        settings.change(ada, new SettingsChange("America/New_York", "US-NY", null));

        assertThat(accounts.byId(ada.value())).get().satisfies(account -> {
            assertThat(account.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(account.region().code()).isEqualTo("US-NY");
        });
    }

    @Test
    void aNumberOutOfBoundsChangesNothing() {
        assertThatThrownBy(() -> settings.change(ada, new SettingsChange("America/New_York", null,
                new SettingsChange.Policy(null, null, null, null, null, null, 0, null, null, null, null, null))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("policy.daysBetweenCheckIns"));

        assertThat(settings.current(ada).timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void theDigestIsOnAtEightByDefaultAndItsPartsChangeAlone() {
        assertThat(settings.current(ada).digestEnabled()).isTrue();
        assertThat(settings.current(ada).digestTime()).isEqualTo(java.time.LocalTime.of(8, 0));

        settings.change(ada, new SettingsChange(null, null, null, null, "07:30"));
        CandidateSettings off = settings.changeDigest(ada, false, null);

        assertThat(off.digestEnabled()).isFalse();
        assertThat(off.digestTime()).isEqualTo(java.time.LocalTime.of(7, 30));
        assertThat(off.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aDigestTimeThatIsNoTimeOfDayIsRefusedNamingTheField() {
        for (String time : new String[]{"25:00", "8 am", "08:00:30", ""}) {
            assertThatThrownBy(() -> settings.changeDigest(ada, null, time)).as(time)
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("digestTime"));
        }
        assertThat(settings.current(ada).digestTime()).isEqualTo(java.time.LocalTime.of(8, 0));
    }

    private Instant thankYouDue() {
        return dueActions.open(ada).stream().map(due -> due.action()).filter(action -> action.rule() == Rule.THANK_YOU)
                .map(DueAction::dueAt).findFirst().orElseThrow();
    }
}
