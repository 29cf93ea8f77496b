package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.followthrough.domain.opportunity.OpportunityFixtures.*;

/** The rules between an entry and the history before it, as the import applies them to an exported history. */
class OpportunityRulesTest {

    private static final Instant RECORDED = Instant.parse("2026-03-10T14:05:00Z");

    @Nested
    @DisplayName("the order of a history")
    class Order {

        @Test
        void aHistoryStartsWithItsOpening() {
            refusedAsConflict(() -> admit(OpportunityHistory.empty(), interviewHeld()));
        }

        @Test
        void anOpportunityOpensOnce() {
            refusedAsConflict(() -> admit(history(opened()), opened()));
        }

        @Test
        void everyEntryBelongsToTheOwner() {
            refused("candidateId", () -> admit(history(opened()), new FollowUpSent(OPPORTUNITY, MALLORY,
                    FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, RECORDED, null, null)));
        }
    }

    @Nested
    @DisplayName("times, against the moment the entry was recorded")
    class Times {

        @Test
        void nothingHappensAfterItWasRecorded() {
            InterviewHeld later = new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1, null, RECORDED.plusSeconds(3600), List.of(),
                    DecisionTimeline.notStated());

            refused("endedAt", () -> admit(history(opened()), later));
            assertThatCode(() -> OpportunityRules.admit(history(opened()), later, RECORDED.plusSeconds(3600), BERLIN))
                    .doesNotThrowAnyException();
        }

        @Test
        void aThankYouComesAfterTheInterviewEnded() {
            refused("sentAt", () -> admit(history(opened(), interviewHeld()), thankYou("Grace Hopper", INTERVIEW_END.minusSeconds(60))));
        }

        @Test
        void theDecisionDateIsNotBeforeTheInterviewDayOnTheCandidatesCalendar() {
            Instant lateEvening = Instant.parse("2026-03-10T23:30:00Z");
            InterviewHeld held = new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1, null, lateEvening, List.of(),
                    DecisionTimeline.by(LocalDate.of(2026, 3, 10)));

            refused("decision.date", () -> OpportunityRules.admit(history(opened()), held, lateEvening, BERLIN));
            refused("zone", () -> OpportunityRules.admit(history(opened()), held, lateEvening, null));
        }

        @Test
        void anInterviewLastsNoMoreThanADay() {
            refused("startedAt", () -> admit(history(opened()), new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1,
                    INTERVIEW_END.minusSeconds(25 * 3600), INTERVIEW_END, List.of(), DecisionTimeline.notStated())));
        }
    }

    @Nested
    @DisplayName("what an entry refers to")
    class References {

        @Test
        void aThankYouGoesToSomeoneWhoWasThere() {
            refused("interviewer", () -> admit(history(opened(), interviewHeld()), thankYou("Barbara Liskov", RECORDED)));
            assertThatCode(() -> admit(history(opened(), interviewHeld()), thankYou("grace  hopper", RECORDED)))
                    .doesNotThrowAnyException();
        }

        @Test
        void notesBelongToARecordedInterview() {
            refused("interviewId", () -> admit(history(opened()), new InterviewNotesRecorded(OPPORTUNITY, ADA, FIRST,
                    "the design exercise", null, null, null, List.of(), RECORDED)));
        }

        @Test
        void notesSaySomething() {
            refused("wentWell", () -> admit(history(opened(), interviewHeld()), new InterviewNotesRecorded(OPPORTUNITY, ADA,
                    FIRST, " ", null, null, null, List.of(), RECORDED)));
        }

        @Test
        void anInterviewListsEachPersonOnceAndHasARoundThatMakesSense() {
            refused("interviewers", () -> admit(history(opened()), new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1, null,
                    INTERVIEW_END, List.of(GRACE, new Interviewer("grace hopper", null, null)), DecisionTimeline.notStated())));
            refused("round", () -> admit(history(opened()), new InterviewHeld(OPPORTUNITY, ADA, FIRST, 0, null,
                    INTERVIEW_END, List.of(), DecisionTimeline.notStated())));
        }

        @Test
        void anEntryWithoutItsTimeIsRefusedNamingIt() {
            refused("receivedAt", () -> admit(history(opened()), new RecruiterReplied(OPPORTUNITY, ADA, ReplyKind.UPDATE, null, null)));
        }
    }

    @Nested
    @DisplayName("a closed opportunity")
    class Closed {

        @Test
        void takesNothingButCorrections() {
            OpportunityHistory closed = history(opened(), interviewHeld(), closed());

            refusedAsConflict(() -> admit(closed, new FollowUpSent(OPPORTUNITY, ADA, FollowUpPurpose.STATUS_CHECK,
                    Channel.EMAIL, RECORDED, null, null)));
            assertThatCode(() -> admit(closed, new EntryRetracted(OPPORTUNITY, ADA, 2, "closed the wrong one", RECORDED)))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    @DisplayName("the app's own entries")
    class AppsOwnEntries {

        private final LocalDate friday = LocalDate.of(2026, 3, 20);
        private final Instant endOfFriday = Instant.parse("2026-03-20T23:00:00Z");
        private final DeadlinePassed passed = new DeadlinePassed(OPPORTUNITY, ADA, FIRST, friday, endOfFriday);

        @Test
        void aDeadlinePassesOnTheDateTheEmployerNamed() {
            assertThatCode(() -> admit(history(opened(), interviewHeld()), passed, endOfFriday)).doesNotThrowAnyException();
            refused("statedDate", () -> admit(history(opened(), interviewHeld()),
                    new DeadlinePassed(OPPORTUNITY, ADA, FIRST, friday.plusDays(1), endOfFriday.plusSeconds(86_400)),
                    endOfFriday.plusSeconds(86_400)));
            refusedAsConflict(() -> admit(history(opened(), interviewHeld(), passed), passed, endOfFriday));
        }

        @Test
        void aDeadlineIsTakenBackOnlyRightAfterAReplyThatCameBeforeTheDayWentBy() {
            RecruiterReplied early = new RecruiterReplied(OPPORTUNITY, ADA, ReplyKind.UPDATE, Instant.parse("2026-03-19T09:00:00Z"), null);
            RecruiterReplied late = new RecruiterReplied(OPPORTUNITY, ADA, ReplyKind.UPDATE, Instant.parse("2026-03-23T09:00:00Z"), null);
            EntryRetracted takeBack = new EntryRetracted(OPPORTUNITY, ADA, 2, "they had replied before the day went by",
                    Instant.parse("2026-03-23T10:00:00Z"));

            assertThatCode(() -> admit(history(opened(), interviewHeld(), passed, early), takeBack, takeBack.retractedAt()))
                    .doesNotThrowAnyException();
            refused("retractedSequence", () -> admit(history(opened(), interviewHeld(), passed, late), takeBack, takeBack.retractedAt()));
            refused("retractedSequence", () -> admit(history(opened(), interviewHeld(), passed), takeBack, takeBack.retractedAt()));
        }

        @Test
        void aCorrectionIsNeverTakenBackNorTheOpening() {
            OpportunityHistory corrected = history(opened(), interviewHeld(), new EntryRetracted(OPPORTUNITY, ADA, 1, null, RECORDED));

            refused("retractedSequence", () -> admit(corrected, new EntryRetracted(OPPORTUNITY, ADA, 2, null, RECORDED)));
            refused("retractedSequence", () -> admit(corrected, new EntryRetracted(OPPORTUNITY, ADA, 0, null, RECORDED)));
            refused("retractedSequence", () -> admit(corrected, new EntryRetracted(OPPORTUNITY, ADA, 3, null, RECORDED)));
            refusedAsConflict(() -> admit(corrected, new EntryRetracted(OPPORTUNITY, ADA, 1, null, RECORDED)));
        }
    }

    @Nested
    @DisplayName("scheduled interviews, moved dates, notes per interviewer, connections")
    class ScheduledAndMoved {

        private final Instant later = Instant.parse("2026-03-20T13:00:00Z");
        private final InterviewScheduled scheduled = new InterviewScheduled(OPPORTUNITY, ADA, SECOND, 2, later,
                later.plusSeconds(3600), List.of(ALAN), RECORDED);
        private final LocalDate wednesday = LocalDate.of(2026, 3, 11);
        private final Instant endOfWednesday = Instant.parse("2026-03-11T23:00:00Z");
        private final LocalDate nextFriday = LocalDate.of(2026, 3, 27);

        @Test
        void anInterviewIsScheduledOnceWithinAYearAndEndsAfterItStarts() {
            assertThatCode(() -> admit(history(opened(), interviewHeld()), scheduled)).doesNotThrowAnyException();
            refusedAsConflict(() -> admit(history(opened(), interviewHeld(), scheduled), scheduled));
            refusedAsConflict(() -> admit(history(opened(), interviewHeld()), new InterviewScheduled(OPPORTUNITY, ADA,
                    FIRST, 2, later, null, List.of(), RECORDED)));
            refused("startsAt", () -> admit(history(opened()), new InterviewScheduled(OPPORTUNITY, ADA, SECOND, 1,
                    RECORDED.plus(java.time.Duration.ofDays(400)), null, List.of(), RECORDED)));
            refused("endsAt", () -> admit(history(opened()), new InterviewScheduled(OPPORTUNITY, ADA, SECOND, 1, later,
                    later, List.of(), RECORDED)));
            refused("interviewers", () -> admit(history(opened()), new InterviewScheduled(OPPORTUNITY, ADA, SECOND, 1,
                    later, null, List.of(ALAN, new Interviewer("alan turing", null, null)), RECORDED)));
            refused("round", () -> admit(history(opened()), new InterviewScheduled(OPPORTUNITY, ADA, SECOND, 21, later,
                    null, List.of(), RECORDED)));
        }

        @Test
        void onlyAnInterviewStillToComeIsMovedOrCancelled_andACancelledOneIsNotHeld() {
            InterviewCancelled cancelled = new InterviewCancelled(OPPORTUNITY, ADA, SECOND, null, RECORDED);
            InterviewRescheduled moved = new InterviewRescheduled(OPPORTUNITY, ADA, SECOND, later.plusSeconds(86_400), null,
                    RECORDED);

            assertThatCode(() -> admit(history(opened(), scheduled), moved)).doesNotThrowAnyException();
            refused("interviewId", () -> admit(history(opened()), moved));
            refused("interviewId", () -> admit(history(opened(), scheduled, cancelled), moved));
            refused("interviewId", () -> admit(history(opened(), scheduled, cancelled), cancelled));
            refusedAsConflict(() -> admit(history(opened(), scheduled, cancelled), new InterviewHeld(OPPORTUNITY, ADA,
                    SECOND, 2, null, INTERVIEW_END, List.of(ALAN), DecisionTimeline.notStated())));
            assertThatCode(() -> admit(history(opened(), scheduled), new InterviewHeld(OPPORTUNITY, ADA, SECOND, 2, null,
                    INTERVIEW_END, List.of(ALAN), DecisionTimeline.notStated()))).doesNotThrowAnyException();
        }

        @Test
        void aMovedDateIsToldAfterTheInterviewAboutADayStillToCome() {
            assertThatCode(() -> admit(history(opened(), interviewHeld()), moveTo(nextFriday, RECORDED)))
                    .doesNotThrowAnyException();
            refused("toldAt", () -> admit(history(opened(), interviewHeld()), moveTo(nextFriday, INTERVIEW_START)));
            refused("decision.date", () -> admit(history(opened(), interviewHeld()),
                    moveTo(LocalDate.of(2026, 3, 9), RECORDED)));
            refused("zone", () -> OpportunityRules.admit(history(opened(), interviewHeld()), moveTo(nextFriday, RECORDED),
                    RECORDED, null));
            refused("interviewId", () -> admit(history(opened()), moveTo(nextFriday, RECORDED)));
        }

        @Test
        void aDeadlinePassesOnTheDateTheyLastNamedAndNotAfterTheyReplied() {
            OpportunityHistory moved = history(opened(), interviewHeld(DecisionTimeline.by(wednesday)),
                    moveTo(nextFriday, Instant.parse("2026-03-11T09:00:00Z")));
            Instant endOfNextFriday = Instant.parse("2026-03-27T23:00:00Z");

            refused("statedDate", () -> admit(moved, new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday),
                    endOfWednesday));
            assertThatCode(() -> admit(moved, new DeadlinePassed(OPPORTUNITY, ADA, FIRST, nextFriday, endOfNextFriday),
                    endOfNextFriday)).doesNotThrowAnyException();
            refusedAsConflict(() -> admit(history(opened(), interviewHeld(DecisionTimeline.by(wednesday)),
                    new RecruiterReplied(OPPORTUNITY, ADA, ReplyKind.UPDATE, Instant.parse("2026-03-11T09:00:00Z"), null)),
                    new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday), endOfWednesday));
        }

        @Test
        void aDeadlineIsTakenBackRightAfterTheyMovedTheDateBeforeItWentBy() {
            DeadlinePassed passed = new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday);
            EntryRetracted takeBack = new EntryRetracted(OPPORTUNITY, ADA, 2, "they moved their date before it went by", NOW);

            assertThatCode(() -> admit(history(opened(), interviewHeld(DecisionTimeline.by(wednesday)), passed,
                    moveTo(nextFriday, Instant.parse("2026-03-11T09:00:00Z"))), takeBack, NOW)).doesNotThrowAnyException();
            refused("retractedSequence", () -> admit(history(opened(), interviewHeld(DecisionTimeline.by(wednesday)), passed,
                    moveTo(nextFriday, NOW)), takeBack, NOW));
            refused("retractedSequence", () -> admit(history(opened(), interviewHeld(DecisionTimeline.by(wednesday)), passed,
                    moveTo(nextFriday, Instant.parse("2026-03-11T09:00:00Z")),
                    new FollowUpSent(OPPORTUNITY, ADA, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, NOW, null, null)),
                    new EntryRetracted(OPPORTUNITY, ADA, 2, null, NOW), NOW));
        }

        @Test
        void notesPerInterviewerAreAboutSomeoneWhoWasThere_once() {
            refused("perInterviewer[0].interviewer", () -> admit(history(opened(), interviewHeld()), notes(
                    new InterviewerNotes("Ada Lovelace", "engines"))));
            refused("perInterviewer[1].interviewer", () -> admit(history(opened(), interviewHeld()), notes(
                    new InterviewerNotes("Alan Turing", "machines"), new InterviewerNotes("alan  turing", "more"))));
            assertThatCode(() -> admit(history(opened(), interviewHeld()), notes(new InterviewerNotes("Grace Hopper", "compilers"))))
                    .as("notes per interviewer are notes enough").doesNotThrowAnyException();
        }

        @Test
        void theThanksAfterAnOfferOrARejectionComesEvenAfterTheClose() {
            FollowUpSent thanks = new FollowUpSent(OPPORTUNITY, ADA, FollowUpPurpose.THANKS_AFTER_OUTCOME, Channel.EMAIL, NOW,
                    null, null);

            assertThatCode(() -> admit(history(opened(), interviewHeld(), closed()), thanks, NOW)).doesNotThrowAnyException();
            refusedAsConflict(() -> admit(history(opened(), interviewHeld(),
                    new OpportunityClosed(OPPORTUNITY, ADA, Outcome.GHOSTED, NOW)), thanks, NOW));
            refusedAsConflict(() -> admit(history(opened(), interviewHeld(), closed()), new ConnectionMade(OPPORTUNITY, ADA,
                    "Grace Hopper", NOW), NOW));
            refused("connectedAt", () -> admit(history(opened()), new ConnectionMade(OPPORTUNITY, ADA, "Grace Hopper",
                    NOW.plusSeconds(3600)), NOW));
        }

        private DecisionTimelineChanged moveTo(LocalDate date, Instant toldAt) {
            return new DecisionTimelineChanged(OPPORTUNITY, ADA, FIRST, DecisionTimeline.by(date), toldAt);
        }

        private InterviewNotesRecorded notes(InterviewerNotes... perInterviewer) {
            return new InterviewNotesRecorded(OPPORTUNITY, ADA, FIRST, null, null, null, null, List.of(perInterviewer), RECORDED);
        }
    }

    private static OpportunityHistory history(OpportunityEvent... events) {
        return OpportunityHistory.of(List.of(events));
    }

    private static ThankYouSent thankYou(String interviewer, Instant sentAt) {
        return new ThankYouSent(OPPORTUNITY, ADA, FIRST, interviewer, Channel.EMAIL, sentAt, null, false);
    }

    private static void admit(OpportunityHistory history, OpportunityEvent entry) {
        admit(history, entry, RECORDED);
    }

    private static void admit(OpportunityHistory history, OpportunityEvent entry, Instant recordedAt) {
        OpportunityRules.admit(history, entry, recordedAt, BERLIN);
    }

    private static void refused(String field, Executable admitting) {
        assertThatThrownBy(admitting::execute).isInstanceOf(RuleViolation.class)
                .extracting(thrown -> ((RuleViolation) thrown).field()).isEqualTo(field);
    }

    private static void refusedAsConflict(Executable admitting) {
        assertThatThrownBy(admitting::execute).isInstanceOf(StateConflict.class);
    }
}
