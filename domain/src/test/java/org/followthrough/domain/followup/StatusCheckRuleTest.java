package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.ReplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/**
 * Seed 001: one business day after the date they gave (and mention it), a week after "a few days", about two weeks
 * without a date; seeds 002, 003, 004: do not pester, about a week apart. Silence counts only once an answer is owed.
 */
@DisplayName("STATUS_CHECK: the check-in while waiting for a decision (seeds 001, 002, 003, 004)")
class StatusCheckRuleTest {

    private static List<DueAction> checkIns(Instant at, OpportunityEvent... events) {
        return open(Rule.STATUS_CHECK, at, events);
    }

    @Nested
    @DisplayName("the first one")
    class First {

        @Test
        void isOneBusinessDayAfterTheirDateAndMentionsIt() {
            assertThat(checkIns(at("2026-03-11T09:00"), opened(), held(DecisionTimeline.by(day("2026-03-20")), GRACE)))
                    .singleElement().satisfies(action -> {
                        assertThat(action.dueOn()).isEqualTo(day("2026-03-23"));
                        assertThat(action.explanation()).contains("They said Friday 20 March", "Monday 23 March",
                                "mention the date they gave");
                        assertThat(action.worth()).isEqualTo(DueAction.Worth.WHILE_OPEN);
                    });
        }

        @Test
        void isAWeekAfterAFewDaysAndTwoWeeksWithoutADate() {
            assertThat(checkIns(at("2026-03-11T09:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE)))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-17"));
            assertThat(checkIns(at("2026-03-11T09:00"), opened(), held(DecisionTimeline.notStated(), GRACE)))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-24"));
        }

        @Test
        void followsTheDateTheyMovedItTo() {
            assertThat(checkIns(at("2026-03-12T09:00"), opened(), held(DecisionTimeline.by(day("2026-03-13")), GRACE),
                    changed(DecisionTimeline.by(day("2026-03-27")), at("2026-03-12T08:00"))))
                    .singleElement().satisfies(action -> {
                        assertThat(action.dueOn()).isEqualTo(day("2026-03-30"));
                        assertThat(action.explanation()).contains("they changed their timeline",
                                "they now say Friday 27 March");
                    });
        }

        @Test
        void saysTheDayWentByOnlyForTheDateThatHolds() {
            OpportunityEvent[] history = {opened(), held(DecisionTimeline.by(day("2026-03-13")), GRACE),
                    deadlinePassed(day("2026-03-13"), at("2026-03-14T00:00"))};
            assertThat(checkIns(at("2026-03-14T09:00"), history).getFirst().explanation()).contains("went by without word");
        }
    }

    @Nested
    @DisplayName("the rhythm after the last contact")
    class Rhythm {

        @Test
        void theNextWaitsAWeekAfterTheLastCheckIn() {
            assertThat(checkIns(at("2026-03-24T09:00"), opened(), held(DecisionTimeline.by(day("2026-03-20")), GRACE),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-23T09:00"))))
                    .singleElement().satisfies(action -> {
                        assertThat(action.dueOn()).isEqualTo(day("2026-03-30"));
                        assertThat(action.key()).endsWith(":2");
                        assertThat(action.explanation()).contains("You last checked in on Monday 23 March",
                                "check-in 2 of 3 without an answer");
                    });
        }

        @Test
        void clearingTheAirOrAnsweringAConcernCountsAsContactLikeACheckIn() {
            assertThat(checkIns(at("2026-03-13T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    followUp(FollowUpPurpose.CLEAR_THE_AIR, at("2026-03-13T09:00"))))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-20"));
            assertThat(checkIns(at("2026-03-13T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    reply(ReplyKind.CONCERN, at("2026-03-11T09:00")),
                    followUp(FollowUpPurpose.ADDRESS_CONCERN, at("2026-03-13T09:00"))))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-20"));
        }

        @Test
        void aReiterationOrAConnectionIsNoContact() {
            assertThat(checkIns(at("2026-03-13T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    followUp(FollowUpPurpose.REITERATE, at("2026-03-13T09:00")),
                    connected(GRACE, at("2026-03-13T09:30"))))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-17"));
        }

        @Test
        void neverComesBeforeTheCheckInAfterTheirDate() {
            assertThat(checkIns(at("2026-03-12T10:00"), opened(), held(DecisionTimeline.by(day("2026-03-27")), GRACE),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-12T09:00"))))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-30"));
        }

        @Test
        void threeUnansweredCheckInsAreTheLimit() {
            assertThat(checkIns(at("2026-04-02T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-17T09:00")),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-24T09:00")),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-31T09:00")))).isEmpty();
        }

        @Test
        void aReplyStartsTheCountAgain() {
            assertThat(checkIns(at("2026-04-02T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-17T09:00")),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-24T09:00")),
                    followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-31T09:00")),
                    reply(ReplyKind.UPDATE, at("2026-04-01T09:00"))))
                    .singleElement().satisfies(action -> {
                        // Wed 1 Apr + 7 = Wed 8 Apr
                        assertThat(action.dueOn()).isEqualTo(day("2026-04-08"));
                        assertThat(action.key()).endsWith(":1");
                        assertThat(action.explanation()).contains("They last wrote on Wednesday 1 April");
                    });
        }
    }

    @Nested
    @DisplayName("when silence does not count")
    class Waits {

        @Test
        void whileTheirConcernIsUnanswered() {
            Advice advice = advice(at("2026-03-12T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    reply(ReplyKind.CONCERN, at("2026-03-12T09:00")));
            assertThat(advice.openAt(at("2026-03-12T10:00"))).noneMatch(action -> action.rule() == Rule.STATUS_CHECK);
            assertThat(advice.waiting()).singleElement().satisfies(waiting -> {
                assertThat(waiting.reason()).isEqualTo(Waiting.Reason.CONCERN_UNANSWERED);
                assertThat(waiting.paused()).containsExactly(Rule.STATUS_CHECK, Rule.MOVE_ON);
                assertThat(waiting.explanation()).contains("Thursday 12 March", "The next move is yours");
            });
        }

        @Test
        void afterAnInvitationToAnotherRoundUntilItIsHeld() {
            Instant invited = at("2026-03-12T09:00");
            assertThat(checkIns(at("2026-04-20T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    reply(ReplyKind.NEXT_ROUND, invited))).isEmpty();
            assertThat(checkIns(at("2026-03-19T18:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    reply(ReplyKind.NEXT_ROUND, invited),
                    held(SECOND, 2, at("2026-03-19T12:00"), DecisionTimeline.withinAFewDays(), ALAN)))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-26"));
        }

        @Test
        void whileAnInterviewIsScheduled_evenPastItsEnd_untilItIsRecordedOrCancelled() {
            OpportunityEvent[] scheduledOnly = {opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    scheduled(SECOND, 2, at("2026-03-19T10:00"), null, at("2026-03-11T09:00"), ALAN)};
            assertThat(checkIns(at("2026-03-25T10:00"), scheduledOnly)).isEmpty();
            assertThat(advice(at("2026-03-25T10:00"), scheduledOnly).waiting())
                    .extracting(Waiting::reason).containsExactly(Waiting.Reason.INTERVIEW_SCHEDULED);
            assertThat(checkIns(at("2026-03-25T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    scheduled(SECOND, 2, at("2026-03-19T10:00"), null, at("2026-03-11T09:00"), ALAN),
                    cancelled(SECOND, at("2026-03-12T09:00"))))
                    .extracting(DueAction::dueOn).containsExactly(day("2026-03-17"));
        }

        @Test
        void notAtAllOnceTheyDecided() {
            assertThat(checkIns(at("2026-03-25T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                    reply(ReplyKind.OFFER, at("2026-03-12T09:00")))).isEmpty();
        }
    }
}
