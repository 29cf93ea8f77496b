package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/** Seed 001: as soon as you are home, write down what went well, what did not, what stood out, what you forgot. */
@DisplayName("NOTES: write the interview down the same day (seed 001)")
class NotesRuleTest {

    @Test
    void areDueOnTheDayOfTheInterview() {
        assertThat(open(Rule.NOTES, at("2026-03-10T19:00"), opened(), held(DecisionTimeline.notStated(), GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-03-10"));
                    assertThat(action.hint().form()).isEqualTo(RecordHint.Form.NOTES);
                    assertThat(action.explanation()).contains("Tuesday 10 March", "what you forgot to say");
                });
    }

    @Test
    void writtenNotesSettleIt_perInterviewerNotesToo() {
        Instant later = at("2026-03-10T20:00");
        assertThat(open(Rule.NOTES, later, opened(), held(DecisionTimeline.notStated(), GRACE), notes(FIRST, later)))
                .isEmpty();
        assertThat(open(Rule.NOTES, later, opened(), held(DecisionTimeline.notStated(), GRACE),
                notesPerInterviewer(FIRST, later, new InterviewerNotes("Grace Hopper", "compilers")))).isEmpty();
    }

    @Test
    void aLaterRoundOvertakesThem() {
        assertThat(open(Rule.NOTES, at("2026-03-17T19:00"), opened(), held(DecisionTimeline.notStated(), GRACE),
                held(SECOND, 2, at("2026-03-17T12:00"), DecisionTimeline.notStated(), ALAN)))
                .extracting(action -> action.hint().interviewId()).containsExactly(SECOND);
    }

    @Test
    void afterAFewDaysTheyAreMissed() {
        assertThat(open(Rule.NOTES, at("2026-03-13T23:59"), opened(), held(DecisionTimeline.notStated(), GRACE)))
                .hasSize(1);
        assertThat(missed(Rule.NOTES, at("2026-03-14T00:00"), opened(), held(DecisionTimeline.notStated(), GRACE)))
                .singleElement().satisfies(action -> assertThat(action.worth().missedReason()).contains("faded"));
    }
}
