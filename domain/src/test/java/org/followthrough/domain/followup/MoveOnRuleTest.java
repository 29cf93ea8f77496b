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

/** Seed 001: if a month goes by with no word, it is probably time to move on to other openings. */
@DisplayName("MOVE_ON: a month of silence once an answer is owed (seed 001)")
class MoveOnRuleTest {

    private final Instant later = at("2026-03-12T10:00");

    @Test
    void isThirtyDaysAfterTheInterviewWhenNothingFollowed() {
        assertThat(open(Rule.MOVE_ON, later, opened(), held(DecisionTimeline.withinAFewDays(), GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-04-09"));
                    assertThat(action.hint()).isEqualTo(RecordHint.close(Outcome.GHOSTED));
                    assertThat(action.explanation()).contains("since the interview on Tuesday 10 March",
                            "until Thursday 9 April");
                });
    }

    @Test
    void neverStartsBeforeTheirOwnDate() {
        assertThat(open(Rule.MOVE_ON, later, opened(), held(DecisionTimeline.by(day("2026-04-24")), GRACE)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-05-24"));
                    assertThat(action.explanation()).contains("the date they gave, Friday 24 April");
                });
    }

    @Test
    void countsFromTheLastContactWhoeverMadeIt() {
        assertThat(open(Rule.MOVE_ON, at("2026-03-20T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-17T09:00"))))
                .extracting(DueAction::dueOn).containsExactly(day("2026-04-16"));
        assertThat(open(Rule.MOVE_ON, at("2026-03-20T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.UPDATE, at("2026-03-19T09:00"))))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-04-18"));
                    assertThat(action.explanation()).contains("their last message on Thursday 19 March");
                });
    }

    @Test
    void waitsWhileTheBallIsInTheCandidatesCourtOrAnInterviewIsComing() {
        assertThat(open(Rule.MOVE_ON, at("2026-05-20T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.NEEDS_INFO, at("2026-03-12T09:00")))).isEmpty();
        assertThat(open(Rule.MOVE_ON, at("2026-05-20T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.NEXT_ROUND, at("2026-03-12T09:00")))).isEmpty();
        assertThat(open(Rule.MOVE_ON, at("2026-05-20T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                scheduled(SECOND, 2, at("2026-03-19T10:00"), null, at("2026-03-11T09:00")))).isEmpty();
    }

    @Test
    void aDecisionOrClosingEndsIt() {
        assertThat(open(Rule.MOVE_ON, later, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.REJECTION, at("2026-03-11T09:00")))).isEmpty();
        assertThat(open(Rule.MOVE_ON, later, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                closed(Outcome.WITHDRAWN, at("2026-03-11T09:00")))).isEmpty();
    }

    @Test
    void staysOpenHoweverLongItIsOverdue() {
        assertThat(open(Rule.MOVE_ON, at("2026-09-01T10:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE)))
                .singleElement().satisfies(action -> assertThat(action.isOverdueAt(at("2026-09-01T10:00"))).isTrue());
    }
}
