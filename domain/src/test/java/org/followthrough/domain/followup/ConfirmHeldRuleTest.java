package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/**
 * Not from a seed: the app's own question once a scheduled interview should be over, so that the thank-you clock of
 * seeds 000 and 004 can start from a recorded interview.
 */
@DisplayName("CONFIRM_HELD: did the scheduled interview take place? (the app's own)")
class ConfirmHeldRuleTest {

    private final Instant startsAt = at("2026-03-19T10:00");
    private final Instant known = at("2026-03-12T09:00");

    @Test
    void isDueRightAfterTheScheduledEnd() {
        assertThat(open(Rule.CONFIRM_HELD, at("2026-03-19T12:00"), opened(),
                scheduled(FIRST, 1, startsAt, at("2026-03-19T11:30"), known, GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueAt()).isEqualTo(at("2026-03-19T11:30"));
                    assertThat(action.isOverdueAt(at("2026-03-19T12:00"))).isTrue();
                    assertThat(action.priority()).isEqualTo(Priority.HIGH);
                    assertThat(action.hint()).isEqualTo(RecordHint.interview(FIRST));
                    assertThat(action.explanation()).contains("Thursday 19 March, 11:30", "Record it as held",
                            "cancel or move it");
                });
    }

    @Test
    void withoutAnEndTheInterviewIsTakenToLastAnHour() {
        assertThat(open(Rule.CONFIRM_HELD, known, opened(), scheduled(FIRST, 1, startsAt, null, known)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueAt()).isEqualTo(at("2026-03-19T11:00"));
                    assertThat(action.explanation()).contains("an hour after its start");
                });
    }

    @Test
    void followsAMove() {
        assertThat(open(Rule.CONFIRM_HELD, at("2026-03-13T10:00"), opened(), scheduled(FIRST, 1, startsAt, null, known),
                rescheduled(FIRST, at("2026-03-24T14:00"), at("2026-03-24T14:45"), at("2026-03-13T09:00"))))
                .extracting(DueAction::dueAt).containsExactly(at("2026-03-24T14:45"));
    }

    @Test
    void isAnsweredByRecordingItAsHeldOrByCancellingIt() {
        assertThat(open(Rule.CONFIRM_HELD, at("2026-03-19T12:00"), opened(), scheduled(FIRST, 1, startsAt, null, known),
                held(FIRST, 1, at("2026-03-19T11:00"), DecisionTimeline.notStated(), GRACE))).isEmpty();
        assertThat(open(Rule.CONFIRM_HELD, at("2026-03-19T12:00"), opened(), scheduled(FIRST, 1, startsAt, null, known),
                cancelled(FIRST, at("2026-03-18T09:00")))).isEmpty();
    }

    @Test
    void staysOpenUntilAnswered() {
        assertThat(open(Rule.CONFIRM_HELD, at("2026-06-01T12:00"), opened(), scheduled(FIRST, 1, startsAt, null, known)))
                .hasSize(1);
    }
}
