package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/**
 * Seed 001: at the end of the interview ask what the next step is and when, and get the names and titles of the people
 * you met; seed 000: ask about next steps as you close. Planned the day before.
 */
@DisplayName("PREPARE: plan the questions for the end of a scheduled interview (seeds 001, 000)")
class PrepareRuleTest {

    private final Instant startsAt = at("2026-03-19T10:00");
    private final Instant known = at("2026-03-12T09:00");

    @Test
    void isDueTheDayBeforeWithTheQuestionsToAsk() {
        assertThat(open(Rule.PREPARE, at("2026-03-12T10:00"), opened(),
                scheduled(FIRST, 1, startsAt, at("2026-03-19T11:00"), known, GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-03-18"));
                    assertThat(action.hint()).isEqualTo(RecordHint.reminder(FIRST));
                    assertThat(action.explanation()).contains("Thursday 19 March, 10:00",
                            "Grace Hopper (Engineering Manager)", "what the next step is", "when they expect to decide",
                            "the names and titles of everyone you meet");
                });
    }

    @Test
    void theDayBeforeIsOnTheCandidatesCalendar() {
        // 00:30 on Thursday in Berlin is still Wednesday in UTC: the day before is Wednesday all the same
        assertThat(open(Rule.PREPARE, known, opened(),
                scheduled(FIRST, 1, at("2026-03-19T00:30"), null, known)))
                .extracting(DueAction::dueOn).containsExactly(day("2026-03-18"));
    }

    @Test
    void followsAMoveAndGoesWithACancellationOrTheInterviewItself() {
        assertThat(open(Rule.PREPARE, at("2026-03-13T10:00"), opened(), scheduled(FIRST, 1, startsAt, null, known),
                rescheduled(FIRST, at("2026-03-24T14:00"), null, at("2026-03-13T09:00"))))
                .extracting(DueAction::dueOn).containsExactly(day("2026-03-23"));
        assertThat(open(Rule.PREPARE, at("2026-03-13T10:00"), opened(), scheduled(FIRST, 1, startsAt, null, known),
                cancelled(FIRST, at("2026-03-13T09:00")))).isEmpty();
        assertThat(open(Rule.PREPARE, at("2026-03-19T12:00"), opened(), scheduled(FIRST, 1, startsAt, null, known),
                held(FIRST, 1, at("2026-03-19T11:00"), DecisionTimeline.notStated(), GRACE))).isEmpty();
    }

    @Test
    void lapsesWhenTheInterviewBegins() {
        assertThat(open(Rule.PREPARE, startsAt.minusSeconds(1), opened(), scheduled(FIRST, 1, startsAt, null, known)))
                .hasSize(1);
        assertThat(missed(Rule.PREPARE, startsAt, opened(), scheduled(FIRST, 1, startsAt, null, known)))
                .singleElement().satisfies(action -> assertThat(action.worth().missedReason()).contains("has begun"));
    }
}
