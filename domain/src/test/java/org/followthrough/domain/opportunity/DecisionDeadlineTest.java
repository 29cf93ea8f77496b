package org.followthrough.domain.opportunity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.followthrough.domain.opportunity.OpportunityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionDeadlineTest {

    @Test
    void aStatedDayEndsAtMidnightOnTheCandidatesCalendar() {
        DecisionDeadline deadline = DecisionDeadline.of(FIRST, DecisionTimeline.by(LocalDate.of(2026, 3, 20)), BERLIN)
                .orElseThrow();

        assertEquals(Instant.parse("2026-03-20T23:00:00Z"), deadline.endOfDay());
        assertTrue(deadline.isAfter(NOW));
        assertFalse(deadline.isAfter(Instant.parse("2026-03-20T23:00:00Z")));
    }

    @Test
    void noDayStatedSetsNoDeadline() {
        assertEquals(Optional.empty(), DecisionDeadline.of(FIRST, DecisionTimeline.notStated(), BERLIN));
        assertEquals(Optional.empty(), DecisionDeadline.of(FIRST, new DecisionTimeline(DecisionTimeline.Kind.FEW_DAYS, null), BERLIN));
    }

    @Test
    void aHistoryStillAwaitsTheDeadlinesOfItsInterviewsWhoseDayHasNotEndedAndIsNotMarked() {
        OpportunityHistory waiting = OpportunityHistory.of(List.of(opened(), interviewHeld()));
        OpportunityHistory marked = waiting.with(new DeadlinePassed(OPPORTUNITY, ADA, FIRST, LocalDate.of(2026, 3, 20),
                Instant.parse("2026-03-20T23:00:00Z")));

        assertEquals(List.of(new DecisionDeadline(FIRST, LocalDate.of(2026, 3, 20), Instant.parse("2026-03-20T23:00:00Z"))),
                DecisionDeadline.stillToCome(waiting, BERLIN, NOW));
        assertEquals(List.of(), DecisionDeadline.stillToCome(waiting, BERLIN, Instant.parse("2026-03-21T00:00:00Z")));
        assertEquals(List.of(), DecisionDeadline.stillToCome(marked, BERLIN, NOW));
    }

    @Test
    void aMovedDateReplacesTheDayNamedAtTheInterviewAndOnlyAPassedDayOfItsOwnMarksIt() {
        OpportunityHistory moved = OpportunityHistory.of(List.of(opened(), interviewHeld(),
                new DeadlinePassed(OPPORTUNITY, ADA, FIRST, LocalDate.of(2026, 3, 20), Instant.parse("2026-03-20T23:00:00Z")),
                new DecisionTimelineChanged(OPPORTUNITY, ADA, FIRST, DecisionTimeline.by(LocalDate.of(2026, 3, 27)),
                        Instant.parse("2026-03-21T09:00:00Z"))));
        Instant afterTheMove = Instant.parse("2026-03-21T10:00:00Z");

        assertEquals(List.of(new DecisionDeadline(FIRST, LocalDate.of(2026, 3, 27), Instant.parse("2026-03-27T23:00:00Z"))),
                DecisionDeadline.stillToCome(moved, BERLIN, afterTheMove));
        assertEquals(List.of(), DecisionDeadline.stillToCome(moved.with(new DeadlinePassed(OPPORTUNITY, ADA, FIRST,
                LocalDate.of(2026, 3, 27), Instant.parse("2026-03-27T23:00:00Z"))), BERLIN, afterTheMove));
    }
}
