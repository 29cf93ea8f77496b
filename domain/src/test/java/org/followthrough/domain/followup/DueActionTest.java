package org.followthrough.domain.followup;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.followthrough.domain.followup.PolicyFixture.*;

@DisplayName("A due action: when it is due, until when it is worth doing, and how lists sort it")
class DueActionTest {

    private static DueAction.Builder notes() {
        return DueAction.of(OPPORTUNITY, Rule.NOTES, "NOTES:" + FIRST).action("Write it down").because("fresh")
                .dueOn(day("2026-03-10"), CALENDAR);
    }

    @Test
    void isDueEitherAtAnInstantOrOnADay() {
        assertThatThrownBy(() -> new DueAction.Due(null, null, INTERVIEW_END)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DueAction.Due(INTERVIEW_END, day("2026-03-10"), INTERVIEW_END))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DueAction.Due.on(day("2026-03-10"), CALENDAR).deadline()).isEqualTo(at("2026-03-11T00:00"));
    }

    @Test
    void whetherAnInterviewTookPlaceIsAskedOnlyOnceItsEndHasComeWhileOtherActionsShowAhead() {
        DueAction confirm = DueAction.of(OPPORTUNITY, Rule.CONFIRM_HELD, "CONFIRM_HELD:1").action("Did it take place?")
                .because("scheduled").dueAt(INTERVIEW_END).recordedAs(RecordHint.notes(FIRST));

        assertThat(confirm.isAskedAt(INTERVIEW_END.minusSeconds(60))).isFalse();
        assertThat(confirm.isAskedAt(INTERVIEW_END)).isTrue();
        assertThat(notes().recordedAs(RecordHint.notes(FIRST)).isAskedAt(INTERVIEW_END.minusSeconds(86_400))).isTrue();
    }

    @Test
    void aTimeLimitComesWithItsReason() {
        assertThatThrownBy(() -> new DueAction.Worth(INTERVIEW_END, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DueAction.Worth(null, "why")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuilderNeedsWhatWhenAndWhy() {
        assertThatThrownBy(() -> DueAction.of(OPPORTUNITY, Rule.NOTES, "k").because("x").dueAt(INTERVIEW_END)
                .recordedAs(RecordHint.notes(FIRST))).hasMessageContaining("action");
        DueAction built = notes().recordedAs(RecordHint.notes(FIRST));
        assertThat(built.priority()).isEqualTo(Priority.NORMAL);
        assertThat(built.worth()).isEqualTo(DueAction.Worth.WHILE_OPEN);
        assertThat(built.dueOn()).isEqualTo(day("2026-03-10"));
        assertThat(built.dueAt()).isNull();
    }

    @Test
    void adviceListsTheOpenOnesByUrgencyAndTheMissedOnesApart() {
        Instant limit = at("2026-03-14T00:00");
        DueAction stale = notes().worthUntil(limit, "faded").recordedAs(RecordHint.notes(FIRST));
        DueAction later = DueAction.of(OPPORTUNITY, Rule.MOVE_ON, "MOVE_ON").action("Move on").because("silence")
                .dueOn(day("2026-04-09"), CALENDAR).recordedAs(RecordHint.notes(FIRST));
        Advice advice = new Advice(List.of(later, stale), List.of());

        assertThat(advice.openAt(limit.minusSeconds(1))).containsExactly(stale, later);
        assertThat(advice.openAt(limit)).containsExactly(later);
        assertThat(advice.missedAt(limit)).containsExactly(stale);
        assertThat(stale.isOverdueAt(limit)).isTrue();
    }
}
