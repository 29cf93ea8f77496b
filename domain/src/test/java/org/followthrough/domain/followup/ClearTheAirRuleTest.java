package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.ReplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/**
 * Seed 004: when another offer arrives, clearing the air brings clarity, whatever the answer; seed 002: let them know
 * where you stand and encourage them to move. Worth doing until the other offer must be answered.
 */
@DisplayName("CLEAR_THE_AIR: tell them about a competing offer (seeds 002, 004)")
class ClearTheAirRuleTest {

    @Test
    void isDueTheNextBusinessDayEvenRightAfterACheckIn() {
        assertThat(open(Rule.CLEAR_THE_AIR, at("2026-03-13T12:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-12T09:00")),
                offer(at("2026-03-13T10:00"), day("2026-03-25"))))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-03-16"));
                    assertThat(action.priority()).isEqualTo(Priority.HIGH);
                    assertThat(action.explanation()).contains("Friday 13 March", "Wednesday 25 March", "Monday 16 March");
                });
    }

    @Test
    void comesBeforeTheOtherOffersDeadlineWhenThatIsSooner() {
        assertThat(open(Rule.CLEAR_THE_AIR, at("2026-04-02T12:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                offer(at("2026-04-02T10:00"), day("2026-04-03"))))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-04-03"));
                    assertThat(action.explanation()).contains("their answer is due first");
                });
    }

    @Test
    void isSettledByTellingThemOrByTheirDecision() {
        assertThat(open(Rule.CLEAR_THE_AIR, at("2026-03-16T12:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                offer(at("2026-03-13T10:00"), day("2026-03-25")),
                followUp(FollowUpPurpose.CLEAR_THE_AIR, at("2026-03-16T09:00")))).isEmpty();
        assertThat(open(Rule.CLEAR_THE_AIR, at("2026-03-16T12:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                offer(at("2026-03-13T10:00"), day("2026-03-25")),
                reply(ReplyKind.OFFER, at("2026-03-16T09:00")))).isEmpty();
    }

    @Test
    void isMissedOnceTheOtherOfferHadToBeAnswered() {
        assertThat(missed(Rule.CLEAR_THE_AIR, at("2026-03-26T00:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                offer(at("2026-03-13T10:00"), day("2026-03-25"))))
                .singleElement().satisfies(action -> assertThat(action.worth().missedReason())
                        .contains("Wednesday 25 March"));
    }
}
