package org.followthrough.application.opportunities;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.ApplicationTestApplication;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.drafts.DraftMaterial;
import org.followthrough.application.drafts.DraftMaterials;
import org.followthrough.application.drafts.DraftSending;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.projection.ProjectionSignals;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Recording answers once the next read shows the entry, with the ids it made and any cadence warnings. */
@SpringBootTest(classes = ApplicationTestApplication.class)
@FreshDatabase
class RecordingTest {

    @Autowired
    Recording recording;
    @Autowired
    AccountService accounts;
    @Autowired
    CandidateTimeline timeline;
    @Autowired
    OpportunityEventLog eventLog;
    @Autowired
    DueActions dueActions;
    @Autowired
    ProjectionSignals signals;
    @Autowired
    CommandGateway commands;

    private final Instant interviewEnd = Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private CandidateId ada;
    private OpportunityId acme;
    private InterviewId interview;

    @BeforeEach
    void interviewedAtAcme() {
        ada = accounts.signUp(new SignUp("ada-" + UUID.randomUUID() + "@example.com", "a long enough password", "Ada",
                "Europe/Berlin", "DE-BY", Role.CANDIDATE)).candidateId();
        acme = recording.open(ada, "Acme", "Backend Engineer", null);
        interview = InterviewId.of(UUID.randomUUID());
        Recording.Recorded held = recording.record(new RecordInterview(acme, ada, interview, null, null, interviewEnd,
                List.of(new Interviewer("Grace Hopper", null, "grace@acme.example")), DecisionTimeline.notStated(),
                ZoneId.of("Europe/Berlin")));
        assertThat(held.interviewId()).isEqualTo(interview);
        assertThat(held.sequence()).isEqualTo(1);
        assertThat(held.warnings()).isEmpty();
    }

    @Test
    void theNextReadAlreadyShowsWhatWasRecorded() {
        assertThat(timeline.opportunities(ada)).extracting(summary -> summary.opportunityId()).containsExactly(acme);
        assertThat(dueActions.open(ada)).extracting(due -> due.action().rule()).contains(Rule.THANK_YOU);
    }

    /** Read-your-writes looks again when a projection's own commit says so, not on a polling schedule. */
    @Test
    void eachProjectionSignalsTheStreamItHasCommitted() {
        try (ProjectionSignals.Waiter timelineSignal = signals.expect("candidate-timeline", acme.toString());
             ProjectionSignals.Waiter dueActionsSignal = signals.expect("due-actions", acme.toString())) {
            commands.sendAndWait(new RecordThankYou(acme, ada, interview, "Grace Hopper", Channel.EMAIL, Instant.now(),
                    null));

            assertThat(timelineSignal.await(TimeUnit.SECONDS.toNanos(10))).isTrue();
            assertThat(dueActionsSignal.await(TimeUnit.SECONDS.toNanos(10))).isTrue();
        }
    }

    @Test
    void aCheckInBeforeItIsDueIsRecordedWithAWarning() {
        Recording.Recorded checkIn = recording.record(new RecordFollowUp(acme, ada, FollowUpPurpose.STATUS_CHECK,
                Channel.EMAIL, Instant.now(), null, null));

        assertThat(checkIn.sequence()).isEqualTo(2);
        assertThat(checkIn.interviewId()).isNull();
        assertThat(checkIn.warnings()).isNotEmpty();
        assertThat(eventLog.eventsOf(acme, ada)).hasSize(3);
    }

    @Test
    void aThankYouComesWithoutWarnings() {
        Recording.Recorded thanked = recording.record(new RecordThankYou(acme, ada, interview, "Grace Hopper",
                Channel.EMAIL, Instant.now(), null));

        assertThat(thanked.warnings()).isEmpty();
        assertThat(dueActions.open(ada)).extracting(due -> due.action().rule()).doesNotContain(Rule.THANK_YOU);
    }

    @Nested
    class MarkingADraftAsSent {

        @Autowired
        DraftMaterials materials;
        @Autowired
        DraftSending sending;

        @Test
        void recordsTheThankYouTheActionAskedForWithTheTextAsSent() {
            String key = dueActions.open(ada).stream().filter(due -> due.action().rule() == Rule.THANK_YOU).findFirst()
                    .orElseThrow().action().key();
            DraftMaterial material = materials.forAction(ada, acme, key);

            Recording.Recorded sent = sending.markSent(ada, material, "Dear Grace, thank you.", Channel.HANDWRITTEN);

            assertThat(eventLog.eventsOf(acme, ada).get((int) sent.sequence()).event())
                    .isInstanceOfSatisfying(ThankYouSent.class, thankYou -> {
                        assertThat(thankYou.interviewer()).isEqualTo("Grace Hopper");
                        assertThat(thankYou.message()).isEqualTo("Dear Grace, thank you.");
                        assertThat(thankYou.channel()).isEqualTo(Channel.HANDWRITTEN);
                    });
            assertThat(dueActions.open(ada)).extracting(due -> due.action().rule()).doesNotContain(Rule.THANK_YOU);
        }
    }
}
