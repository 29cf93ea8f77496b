package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.ReplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/**
 * Seed 000: follow up whatever the outcome; seed 003: it can bring feedback; seed 004: the rapport pays off later,
 * even without the job.
 */
@DisplayName("AFTER_OUTCOME: thank them after an offer or a rejection (seeds 000, 003, 004)")
class AfterOutcomeRuleTest {

    private final Instant thursdayBeforeEaster = at("2026-04-02T16:00");
    private final Instant evening = at("2026-04-02T18:00");

    @Test
    void afterARejectionThankAndAskForFeedbackWithinTwoBusinessDays() {
        assertThat(open(Rule.AFTER_OUTCOME, evening, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.REJECTION, thursdayBeforeEaster)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-04-08"));
                    assertThat(action.action()).isEqualTo("Thank Acme and ask for feedback");
                    assertThat(action.explanation()).contains("They said no on Thursday 2 April", "Wednesday 8 April");
                    assertThat(action.hint().purpose()).isEqualTo(FollowUpPurpose.THANKS_AFTER_OUTCOME);
                });
    }

    @Test
    void closingWithAnOutcomeCallsForItToo() {
        assertThat(open(Rule.AFTER_OUTCOME, evening, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                closed(Outcome.REJECTED, thursdayBeforeEaster)))
                .extracting(DueAction::dueOn).containsExactly(day("2026-04-08"));
        assertThat(open(Rule.AFTER_OUTCOME, evening, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                closed(Outcome.ACCEPTED_OFFER, thursdayBeforeEaster)))
                .singleElement().satisfies(action -> assertThat(action.action()).isEqualTo("Thank Acme for the offer"));
    }

    @Test
    void aRejectionRecordedAndThenClosedIsOneAction() {
        assertThat(open(Rule.AFTER_OUTCOME, evening, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.REJECTION, thursdayBeforeEaster), closed(Outcome.REJECTED, at("2026-04-02T17:00"))))
                .hasSize(1);
    }

    @Test
    void closingAsWithdrawnOrGhostedCallsForNothing() {
        assertThat(open(Rule.AFTER_OUTCOME, evening, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                closed(Outcome.WITHDRAWN, thursdayBeforeEaster))).isEmpty();
        assertThat(open(Rule.AFTER_OUTCOME, evening, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                closed(Outcome.GHOSTED, thursdayBeforeEaster))).isEmpty();
    }

    @Test
    void theThanksRecordedAfterClosingSettlesIt() {
        assertThat(open(Rule.AFTER_OUTCOME, at("2026-04-07T12:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                closed(Outcome.REJECTED, thursdayBeforeEaster),
                followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME, at("2026-04-07T10:00")))).isEmpty();
    }

    @Test
    void twoWeeksOnItIsMissed() {
        assertThat(missed(Rule.AFTER_OUTCOME, at("2026-04-17T00:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.OFFER, thursdayBeforeEaster)))
                .singleElement().satisfies(action -> assertThat(action.worth().missedReason()).contains("Two weeks"));
        assertThat(open(Rule.AFTER_OUTCOME, at("2026-04-16T23:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.OFFER, thursdayBeforeEaster))).hasSize(1);
    }
}
