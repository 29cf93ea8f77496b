package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.ReplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/**
 * Seed 001: leave knowing the next step, when it comes, and the names and titles of the people you met; seed 004: a
 * next-steps query keeps you in their mind. Settled by a later timeline, a check-in or a thank-you that asked.
 */
@DisplayName("NEXT_STEPS: ask what happens next when the timeline or the names are missing (seeds 001, 004)")
class NextStepsRuleTest {

    private final Instant evening = at("2026-03-10T19:00");

    @Test
    void withoutATimelineAskWithinOneBusinessDay() {
        assertThat(open(Rule.NEXT_STEPS, evening, opened(), held(DecisionTimeline.notStated(), GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-03-11"));
                    assertThat(action.explanation()).contains("no date for their decision", "Wednesday 11 March")
                            .doesNotContain("names");
                    assertThat(action.hint().purpose()).isEqualTo(FollowUpPurpose.NEXT_STEPS);
                });
    }

    @Test
    void withoutNamesAskWhoTheyWere() {
        assertThat(open(Rule.NEXT_STEPS, evening, opened(), held(DecisionTimeline.by(day("2026-03-20")))))
                .singleElement().satisfies(action -> assertThat(action.explanation())
                        .contains("no names and titles of the people you met", "who you spoke with"));
    }

    @Test
    void holidaysAreSkipped() {
        Instant thursdayBeforeEaster = at("2026-04-02T11:00");
        assertThat(open(Rule.NEXT_STEPS, thursdayBeforeEaster.plusSeconds(3600), opened(),
                held(FIRST, 1, thursdayBeforeEaster, DecisionTimeline.notStated(), GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-04-07"));
                    assertThat(action.explanation()).contains("Friday 3 April is Good Friday and Monday 6 April is Easter Monday");
                });
    }

    @Test
    void aThankYouThatAskedAboutNextStepsSettlesIt() {
        assertThat(open(Rule.NEXT_STEPS, evening, opened(), held(DecisionTimeline.notStated(), GRACE),
                thanked(GRACE, at("2026-03-10T18:00")))).hasSize(1);
        assertThat(open(Rule.NEXT_STEPS, evening, opened(), held(DecisionTimeline.notStated(), GRACE),
                thankedAskingNextSteps(GRACE, at("2026-03-10T18:00")))).isEmpty();
    }

    @Test
    void aCheckInANextStepsQueryOrAnyReplySettlesIt() {
        Instant next = at("2026-03-11T10:00");
        assertThat(open(Rule.NEXT_STEPS, next, opened(), held(DecisionTimeline.notStated(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, next))).isEmpty();
        assertThat(open(Rule.NEXT_STEPS, next, opened(), held(DecisionTimeline.notStated(), GRACE),
                followUp(FollowUpPurpose.NEXT_STEPS, next))).isEmpty();
        assertThat(open(Rule.NEXT_STEPS, next, opened(), held(DecisionTimeline.notStated(), GRACE),
                reply(ReplyKind.UPDATE, next))).isEmpty();
    }

    @Test
    void aTimelineGivenLaterSettlesIt_butNotTheMissingNames() {
        Instant next = at("2026-03-11T10:00");
        assertThat(open(Rule.NEXT_STEPS, next, opened(), held(DecisionTimeline.notStated(), GRACE),
                changed(DecisionTimeline.by(day("2026-03-20")), next))).isEmpty();
        assertThat(open(Rule.NEXT_STEPS, next, opened(), held(DecisionTimeline.notStated()),
                changed(DecisionTimeline.withinAFewDays(), next)))
                .singleElement().satisfies(action -> assertThat(action.explanation())
                        .contains("no names and titles").doesNotContain("no date"));
    }

    @Test
    void aWeekLaterItIsMissed() {
        assertThat(open(Rule.NEXT_STEPS, at("2026-03-17T23:00"), opened(), held(DecisionTimeline.notStated(), GRACE)))
                .hasSize(1);
        assertThat(missed(Rule.NEXT_STEPS, at("2026-03-18T00:00"), opened(), held(DecisionTimeline.notStated(), GRACE)))
                .singleElement().satisfies(action -> assertThat(action.worth().missedReason()).contains("check-in"));
    }
}
