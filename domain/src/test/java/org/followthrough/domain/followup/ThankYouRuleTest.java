package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.ReplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/**
 * Seeds 000 and 004: thank each interviewer within a day of the interview; seed 003: a note the day after; seed 002:
 * a handwritten note only when the decision is far enough away for it to arrive. Past a week it is missed.
 */
@DisplayName("THANK_YOU: a personal thank-you to each interviewer within 24 hours (seeds 000, 002, 003, 004)")
class ThankYouRuleTest {

    private final Instant evening = at("2026-03-10T19:00");

    @Test
    void eachInterviewerIsDueAThankYouExactly24HoursAfterTheEnd() {
        List<DueAction> actions = open(Rule.THANK_YOU, evening, opened(),
                held(DecisionTimeline.by(day("2026-03-20")), GRACE, ALAN));

        assertThat(actions).extracting(action -> action.hint().interviewer()).containsExactlyInAnyOrder("Grace Hopper", "Alan Turing");
        assertThat(actions).allSatisfy(action -> {
            assertThat(action.dueAt()).isEqualTo(INTERVIEW_END.plus(Duration.ofHours(24)));
            assertThat(action.priority()).isEqualTo(Priority.HIGH);
            assertThat(action.explanation()).contains("Tuesday 10 March, 15:00", "Wednesday 11 March, 15:00",
                    "Write each interviewer a note of their own");
        });
    }

    @Test
    void someoneAlreadyThankedIsNotAskedAgain() {
        assertThat(open(Rule.THANK_YOU, evening, opened(), held(DecisionTimeline.withinAFewDays(), GRACE, ALAN),
                thanked(GRACE, at("2026-03-10T18:00"))))
                .extracting(action -> action.hint().interviewer()).containsExactly("Alan Turing");
    }

    @Test
    void aHandwrittenNoteIsSuggestedOnlyWhenTheDecisionIsMoreThanAWeekAway() {
        assertThat(open(Rule.THANK_YOU, evening, opened(), held(DecisionTimeline.by(day("2026-03-20")), GRACE)).getFirst()
                .explanation()).contains("a handwritten note would still arrive in time");
        assertThat(open(Rule.THANK_YOU, evening, opened(), held(DecisionTimeline.by(day("2026-03-13")), GRACE)).getFirst()
                .explanation()).contains("send it by e-mail rather than by post");
    }

    @Test
    void withoutNamesOneThankYouIsDueForTheInterview() {
        List<DueAction> actions = open(Rule.THANK_YOU, evening, opened(), held(DecisionTimeline.notStated()));

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.hint().interviewId()).isEqualTo(FIRST);
            assertThat(action.hint().interviewer()).isNull();
            assertThat(action.explanation()).contains("address it to the person who invited you");
        });
    }

    @Test
    void aDecisionMeanwhileMakesItMoot() {
        assertThat(open(Rule.THANK_YOU, evening, opened(), held(DecisionTimeline.notStated(), GRACE),
                reply(ReplyKind.REJECTION, at("2026-03-10T18:00")))).isEmpty();
    }

    @Test
    void aWeekAfterTheInterviewItIsMissedWithTheReason() {
        Instant aWeekLater = INTERVIEW_END.plus(Duration.ofDays(7));

        assertThat(open(Rule.THANK_YOU, aWeekLater.minusSeconds(60), opened(), held(DecisionTimeline.notStated(), GRACE)))
                .singleElement().satisfies(action -> assertThat(action.isOverdueAt(aWeekLater.minusSeconds(60))).isTrue());
        assertThat(open(Rule.THANK_YOU, aWeekLater, opened(), held(DecisionTimeline.notStated(), GRACE))).isEmpty();
        assertThat(missed(Rule.THANK_YOU, aWeekLater, opened(), held(DecisionTimeline.notStated(), GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.isMissedAt(aWeekLater)).isTrue();
                    assertThat(action.isMissedAt(aWeekLater.minusSeconds(1))).isFalse();
                    assertThat(action.worth().missedReason()).contains("afterthought");
                });
    }
}
