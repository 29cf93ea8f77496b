package org.followthrough.domain.opportunity;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.followthrough.domain.opportunity.OpportunityFixtures.*;

class OpportunityTest {

    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opportunity.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    @DisplayName("opening")
    class Opening {

        @Test
        void opensNowWhenNoDateIsGiven() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, "  Acme ", "Backend Engineer", null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new OpportunityOpened(OPPORTUNITY, ADA, "Acme", "Backend Engineer", NOW));
        }

        @Test
        void canBeBackdated() {
            Instant lastMonth = Instant.parse("2026-02-10T08:00:00Z");
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", lastMonth))
                    .expectEvents(new OpportunityOpened(OPPORTUNITY, ADA, "Acme", "Backend Engineer", lastMonth));
        }

        @Test
        void cannotBeDatedInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", NOW.plusSeconds(3600)))
                    .expectException(violationOf("openedAt"))
                    .expectNoEvents();
        }

        @Test
        void needsACompanyAndARole() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, " ", "Backend Engineer", null))
                    .expectException(violationOf("company"));
        }
    }

    @Nested
    @DisplayName("recording an interview")
    class RecordingAnInterview {

        @Test
        void recordsTheInterviewWithItsInterviewersAndTheStatedDate() {
            fixture.given(opened())
                    .when(recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(LocalDate.of(2026, 3, 20))))
                    .expectEvents(interviewHeld())
                    .expectResultMessagePayload(1L);
        }

        @Test
        void mayHappenBeforeTheOpportunityWasEnteredInTheApp() {
            Instant beforeOpening = Instant.parse("2026-02-20T15:00:00Z");
            fixture.given(opened())
                    .when(recordInterview(null, beforeOpening, DecisionTimeline.notStated()))
                    .expectEvents(new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1, null, beforeOpening, List.of(GRACE, ALAN),
                            DecisionTimeline.notStated()));
        }

        @Test
        void takesTheNextRoundWhenNoneIsGiven() {
            Instant later = Instant.parse("2026-03-11T10:00:00Z");
            fixture.given(opened(), interviewHeld())
                    .when(new RecordInterview(OPPORTUNITY, ADA, SECOND, null, null, later, List.of(), DecisionTimeline.withinAFewDays(), BERLIN))
                    .expectEvents(new InterviewHeld(OPPORTUNITY, ADA, SECOND, 2, null, later, List.of(), DecisionTimeline.withinAFewDays()));
        }

        @Test
        void cannotEndBeforeItStarts() {
            fixture.given(opened())
                    .when(recordInterview(INTERVIEW_END, INTERVIEW_START, DecisionTimeline.notStated()))
                    .expectException(violationOf("startedAt"))
                    .expectNoEvents();
        }

        @Test
        void cannotEndInTheFuture() {
            fixture.given(opened())
                    .when(recordInterview(null, NOW.plusSeconds(6 * 60), DecisionTimeline.notStated()))
                    .expectException(violationOf("endedAt"));
        }

        @Test
        void toleratesAFewMinutesOfClockDifference() {
            fixture.given(opened())
                    .when(recordInterview(null, NOW.plusSeconds(4 * 60), DecisionTimeline.notStated()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void cannotHaveADecisionDateBeforeTheInterviewDay() {
            fixture.given(opened())
                    .when(recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(LocalDate.of(2026, 3, 9))))
                    .expectException(violationOf("decision.date"));
        }

        @Test
        void judgesTheInterviewDayInTheCandidatesTimeZone() {
            // 23:30 UTC on the 10th is already 00:30 on the 11th in Berlin: a decision "on the 10th" is in the past
            Instant halfPastMidnightInBerlin = Instant.parse("2026-03-10T23:30:00Z");
            fixture.given(opened())
                    .when(recordInterview(null, halfPastMidnightInBerlin, DecisionTimeline.by(LocalDate.of(2026, 3, 10))))
                    .expectException(violationOf("decision.date"));
        }

        @Test
        void cannotListTheSameInterviewerTwice() {
            fixture.given(opened())
                    .when(new RecordInterview(OPPORTUNITY, ADA, FIRST, 1, null, INTERVIEW_END,
                            List.of(GRACE, new Interviewer("grace  hopper", null, null)), DecisionTimeline.notStated(), BERLIN))
                    .expectException(violationOf("interviewers"));
        }

        @Test
        void cannotRecordTheSameInterviewTwice() {
            fixture.given(opened(), interviewHeld())
                    .when(recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.notStated()))
                    .expectException(StateConflict.class);
        }
    }

    @Nested
    @DisplayName("the employer's decision date")
    class DecisionDate {

        private final LocalDate friday = LocalDate.of(2026, 3, 20);
        /** Midnight in Berlin at the end of Friday 20 March (UTC+1 until the clocks change on 29 March). */
        private final Instant endOfFriday = Instant.parse("2026-03-20T23:00:00Z");

        @Test
        void setsADeadlineAtTheEndOfThatDayInTheCandidatesTimeZone() {
            fixture.given(opened())
                    .when(recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(friday)))
                    .expectScheduledDeadline(endOfFriday, new DecisionDeadline(FIRST, friday, endOfFriday));
        }

        @Test
        void passesWithoutWordWhenNoReplyCameByThen() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", null),
                            recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(friday)))
                    .whenTimeAdvancesTo(endOfFriday.plusSeconds(1))
                    .expectEvents(new DeadlinePassed(OPPORTUNITY, ADA, FIRST, friday, endOfFriday));
        }

        @Test
        void doesNotPassWithoutWordWhenTheyRepliedFirst() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", null),
                            recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(friday)),
                            new RecordRecruiterReply(OPPORTUNITY, ADA, ReplyKind.UPDATE, NOW, null))
                    .whenTimeAdvancesTo(endOfFriday.plusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void aDateAlreadyOverIsMarkedAtOnceAtTheEndOfThatDay() {
            LocalDate wednesday = LocalDate.of(2026, 3, 11);
            Instant endOfWednesday = Instant.parse("2026-03-11T23:00:00Z");
            fixture.given(opened())
                    .when(recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(wednesday)))
                    .expectEvents(new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1, INTERVIEW_START, INTERVIEW_END,
                                    List.of(GRACE, ALAN), DecisionTimeline.by(wednesday)),
                            new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aReplyRecordedLateTakesBackTheDeadlineItDisproves() {
            LocalDate wednesday = LocalDate.of(2026, 3, 11);
            Instant endOfWednesday = Instant.parse("2026-03-11T23:00:00Z");
            Instant wednesdayNoon = Instant.parse("2026-03-11T11:00:00Z");
            fixture.given(opened(), interviewHeld(), new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday))
                    .when(new RecordRecruiterReply(OPPORTUNITY, ADA, ReplyKind.UPDATE, wednesdayNoon, null))
                    .expectEvents(new RecruiterReplied(OPPORTUNITY, ADA, ReplyKind.UPDATE, wednesdayNoon, null),
                            new EntryRetracted(OPPORTUNITY, ADA, 2, "they had replied before the day went by", NOW))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void isNotMarkedForAnOpportunityClosedMeanwhile() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", null),
                            recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(friday)),
                            new CloseOpportunity(OPPORTUNITY, ADA, Outcome.WITHDRAWN, NOW))
                    .whenTimeAdvancesTo(endOfFriday.plusSeconds(1))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("notes")
    class Notes {

        @Test
        void belongToARecordedInterview() {
            fixture.given(opened())
                    .when(new RecordInterviewNotes(OPPORTUNITY, ADA, FIRST, "good rapport", null, null, null))
                    .expectException(violationOf("interviewId"));
        }

        @Test
        void needAtLeastOneOfTheFourQuestionsAnswered() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordInterviewNotes(OPPORTUNITY, ADA, FIRST, " ", null, "", null))
                    .expectException(violationOf("wentWell"));
        }

        @Test
        void areRecordedWhenWritten() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordInterviewNotes(OPPORTUNITY, ADA, FIRST, "the system design part", null, "their on-call rota", "my Kafka migration"))
                    .expectEvents(new InterviewNotesRecorded(OPPORTUNITY, ADA, FIRST, "the system design part", null,
                            "their on-call rota", "my Kafka migration", List.of(), NOW));
        }
    }

    @Nested
    @DisplayName("thank-yous")
    class ThankYous {

        private final Instant evening = Instant.parse("2026-03-10T18:00:00Z");

        @Test
        void goToAnInterviewerOfARecordedInterview() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "grace hopper", Channel.EMAIL, evening, null))
                    .expectEvents(new ThankYouSent(OPPORTUNITY, ADA, FIRST, "Grace Hopper", Channel.EMAIL, evening, null, false));
        }

        @Test
        void cannotBeForAnInterviewThatWasNeverRecorded() {
            fixture.given(opened())
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "Grace Hopper", Channel.EMAIL, evening, null))
                    .expectException(violationOf("interviewId"))
                    .expectNoEvents();
        }

        @Test
        void cannotBeSentBeforeTheInterviewEnded() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "Grace Hopper", Channel.EMAIL, INTERVIEW_START, null))
                    .expectException(violationOf("sentAt"));
        }

        @Test
        void cannotGoToSomeoneWhoWasNotInTheInterview() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "Ada Lovelace", Channel.EMAIL, evening, null))
                    .expectException(violationOf("interviewer"));
        }

        @Test
        void mayGoToAnyoneWhenTheInterviewersWereNotNoted() {
            fixture.given(opened(), new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1, null, INTERVIEW_END, List.of(), DecisionTimeline.notStated()))
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "The panel", Channel.HANDWRITTEN, evening, null))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    @DisplayName("follow-ups, replies and competing offers")
    class Exchanges {

        @Test
        void aFollowUpIsRecordedAsSent() {
            Instant monday = Instant.parse("2026-03-09T09:00:00Z");
            fixture.given(opened(), interviewHeld())
                    .when(new RecordFollowUp(OPPORTUNITY, ADA, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, monday, null, null))
                    .expectEvents(new FollowUpSent(OPPORTUNITY, ADA, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, monday, null, null));
        }

        @Test
        void aReplyCannotArriveInTheFuture() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordRecruiterReply(OPPORTUNITY, ADA, ReplyKind.OFFER, NOW.plusSeconds(86_400), null))
                    .expectException(violationOf("receivedAt"));
        }

        @Test
        void aCompetingOfferMustBeAnsweredOnOrAfterTheDayItArrived() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordCompetingOffer(OPPORTUNITY, ADA, NOW, LocalDate.of(2026, 3, 11), BERLIN))
                    .expectException(violationOf("respondBy"));
        }
    }

    @Nested
    @DisplayName("closing and corrections")
    class ClosingAndCorrections {

        @Test
        void aClosedOpportunityTakesNoNewEntries() {
            fixture.given(opened(), interviewHeld(), closed())
                    .when(new RecordRecruiterReply(OPPORTUNITY, ADA, ReplyKind.UPDATE, NOW, null))
                    .expectException(StateConflict.class)
                    .expectNoEvents();
        }

        @Test
        void cannotBeClosedTwice() {
            fixture.given(opened(), closed())
                    .when(new CloseOpportunity(OPPORTUNITY, ADA, Outcome.GHOSTED, NOW))
                    .expectException(StateConflict.class);
        }

        @Test
        void retractingTheCloseReopensIt() {
            fixture.given(opened(), interviewHeld(), closed(), new EntryRetracted(OPPORTUNITY, ADA, 2, "closed the wrong one", NOW))
                    .when(new RecordRecruiterReply(OPPORTUNITY, ADA, ReplyKind.UPDATE, NOW, null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCorrectionIsAcceptedOnAClosedOpportunity() {
            fixture.given(opened(), interviewHeld(), closed())
                    .when(new RetractEntry(OPPORTUNITY, ADA, 2, "closed the wrong one"))
                    .expectEvents(new EntryRetracted(OPPORTUNITY, ADA, 2, "closed the wrong one", NOW));
        }

        @Test
        void aRetractedInterviewNoLongerTakesThankYous() {
            fixture.given(opened(), interviewHeld(), new EntryRetracted(OPPORTUNITY, ADA, 1, null, NOW))
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "Grace Hopper", Channel.EMAIL, NOW, null))
                    .expectException(violationOf("interviewId"));
        }

        @Test
        void cannotRetractTheOpening() {
            fixture.given(opened(), interviewHeld())
                    .when(new RetractEntry(OPPORTUNITY, ADA, 0, null))
                    .expectException(violationOf("sequence"));
        }

        @Test
        void cannotRetractAnEntryThatDoesNotExist() {
            fixture.given(opened())
                    .when(new RetractEntry(OPPORTUNITY, ADA, 7, null))
                    .expectException(violationOf("sequence"));
        }

        @Test
        void cannotRetractTheSameEntryTwice() {
            fixture.given(opened(), interviewHeld(), new EntryRetracted(OPPORTUNITY, ADA, 1, null, NOW))
                    .when(new RetractEntry(OPPORTUNITY, ADA, 1, null))
                    .expectException(StateConflict.class);
        }
    }

    @Nested
    @DisplayName("the text rules")
    class TextRules {

        @Test
        void aNulInTheCompanyIsRefusedAndNothingIsRecorded() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, "Ac\u0000me", "Backend Engineer", null))
                    .expectException(violationOf("company"))
                    .expectExceptionMessage("contains a control character (U+0000) at position 3")
                    .expectNoEvents();
        }

        @Test
        void aNulInTheRoleIsRefusedAndNothingIsRecorded() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend\u0000Engineer", null))
                    .expectException(violationOf("role"))
                    .expectNoEvents();
        }

        @Test
        void aNulInTheInterviewerThankedIsRefusedAndNothingIsRecorded() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "Grace\u0000Hopper", Channel.EMAIL, NOW, null))
                    .expectException(violationOf("interviewer"))
                    .expectNoEvents();
        }

        @Test
        void anInterviewerWithANulInTheirNameCannotExist() {
            assertThatThrownBy(() -> new Interviewer("Grace\u0000Hopper", null, null))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(thrown -> ((RuleViolation) thrown).field()).isEqualTo("name");
        }

        @Test
        void aCompanyOf201CharactersIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, "A".repeat(201), "Backend Engineer", null))
                    .expectException(violationOf("company"))
                    .expectNoEvents();
        }

        @Test
        void notesLongerThan10000CharactersAreRefused() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordInterviewNotes(OPPORTUNITY, ADA, FIRST, "the design exercise", null, null, "x".repeat(10_001)))
                    .expectException(violationOf("forgot"))
                    .expectNoEvents();
        }

        @Test
        void aBidiOverrideInTheRecipientIsRefused() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordFollowUp(OPPORTUNITY, ADA, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, NOW,
                            "Grace \u202Erepooh", null))
                    .expectException(violationOf("recipient"))
                    .expectNoEvents();
        }

        @Test
        void aControlCharacterInTheReasonForACorrectionIsRefused() {
            fixture.given(opened(), interviewHeld())
                    .when(new RetractEntry(OPPORTUNITY, ADA, 1, "typo\u0007"))
                    .expectException(violationOf("reason"))
                    .expectNoEvents();
        }

        @Test
        void textIsRecordedNormalised() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(OPPORTUNITY, ADA, "  Socie\u0301te\u0301 Ge\u0301ne\u0301rale ", "Backend Engineer", null))
                    .expectEvents(new OpportunityOpened(OPPORTUNITY, ADA, "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "Backend Engineer", NOW));
        }

        @Test
        void aMessageKeepsItsLineBreaks() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "Grace Hopper", Channel.EMAIL, NOW, "Dear Grace,\r\n\r\nthank you."))
                    .expectEvents(new ThankYouSent(OPPORTUNITY, ADA, FIRST, "Grace Hopper", Channel.EMAIL, NOW, "Dear Grace,\n\nthank you.", false));
        }

        @Test
        void aCloseInTheFutureNamesTheCommandsField() {
            fixture.given(opened())
                    .when(new CloseOpportunity(OPPORTUNITY, ADA, Outcome.WITHDRAWN, NOW.plusSeconds(3600)))
                    .expectException(violationOf("at"));
        }
    }

    @Nested
    @DisplayName("ownership")
    class Ownership {

        @Test
        void anotherCandidateCannotSeeOrChangeTheOpportunity() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordThankYou(OPPORTUNITY, MALLORY, FIRST, "Grace Hopper", Channel.EMAIL, NOW, null))
                    .expectException(NotFound.class)
                    .expectNoEvents();
        }

        @Test
        void anotherCandidateLearnsNothingFromTheErrors() {
            // even an invalid command answers "not found" rather than revealing the interview's details
            fixture.given(opened(), interviewHeld())
                    .when(new RetractEntry(OPPORTUNITY, MALLORY, 99, null))
                    .expectException(NotFound.class);
        }
    }

    @Nested
    @DisplayName("scheduled interviews")
    class ScheduledInterviews {

        private final Instant startsAt = Instant.parse("2026-03-19T09:00:00Z");
        private final Instant endsAt = Instant.parse("2026-03-19T10:00:00Z");

        private InterviewScheduled scheduled(int round) {
            return new InterviewScheduled(OPPORTUNITY, ADA, SECOND, round, startsAt, endsAt, List.of(ALAN), NOW);
        }

        @Test
        void areScheduledAsTheNextRound() {
            fixture.given(opened(), interviewHeld())
                    .when(new ScheduleInterview(OPPORTUNITY, ADA, SECOND, null, startsAt, endsAt, List.of(ALAN), null))
                    .expectEvents(scheduled(2))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void endAfterTheyStartAndWithinAYear() {
            fixture.given(opened())
                    .when(new ScheduleInterview(OPPORTUNITY, ADA, SECOND, null, endsAt, startsAt, List.of(), null))
                    .expectException(violationOf("endsAt"));
            fixture.given(opened())
                    .when(new ScheduleInterview(OPPORTUNITY, ADA, SECOND, null, NOW.plus(Duration.ofDays(400)), null,
                            List.of(), null))
                    .expectException(violationOf("startsAt"));
        }

        @Test
        void cannotReuseTheIdOfARecordedInterview() {
            fixture.given(opened(), interviewHeld())
                    .when(new ScheduleInterview(OPPORTUNITY, ADA, FIRST, null, startsAt, null, List.of(), null))
                    .expectException(StateConflict.class);
        }

        @Test
        void recordedAsHeldKeepTheirIdRoundAndInterviewers() {
            Instant ended = Instant.parse("2026-03-11T10:00:00Z");
            fixture.given(opened(), scheduled(3))
                    .when(new RecordInterview(OPPORTUNITY, ADA, SECOND, null, null, ended, List.of(),
                            DecisionTimeline.notStated(), BERLIN))
                    .expectEvents(new InterviewHeld(OPPORTUNITY, ADA, SECOND, 3, null, ended, List.of(ALAN),
                            DecisionTimeline.notStated()));
        }

        @Test
        void canBeMovedOrCancelledWhileStillToCome() {
            Instant later = Instant.parse("2026-03-24T13:00:00Z");
            fixture.given(opened(), scheduled(2))
                    .when(new RescheduleInterview(OPPORTUNITY, ADA, SECOND, later, null, null))
                    .expectEvents(new InterviewRescheduled(OPPORTUNITY, ADA, SECOND, later, null, NOW));
            fixture.given(opened(), scheduled(2))
                    .when(new CancelInterview(OPPORTUNITY, ADA, SECOND, " they filled the role ", null))
                    .expectEvents(new InterviewCancelled(OPPORTUNITY, ADA, SECOND, "they filled the role", NOW));
        }

        @Test
        void aCancelledOneCannotBeMovedNorRecordedAsHeld() {
            InterviewCancelled cancelled = new InterviewCancelled(OPPORTUNITY, ADA, SECOND, null, NOW);
            fixture.given(opened(), scheduled(2), cancelled)
                    .when(new RescheduleInterview(OPPORTUNITY, ADA, SECOND, startsAt, null, null))
                    .expectException(violationOf("interviewId"));
            fixture.given(opened(), scheduled(2), cancelled)
                    .when(new RecordInterview(OPPORTUNITY, ADA, SECOND, null, null, NOW, List.of(),
                            DecisionTimeline.notStated(), BERLIN))
                    .expectException(StateConflict.class);
        }
    }

    @Nested
    @DisplayName("the employer moving their date")
    class DecisionChanges {

        private final LocalDate friday = LocalDate.of(2026, 3, 20);
        private final Instant endOfFriday = Instant.parse("2026-03-20T23:00:00Z");
        private final LocalDate nextFriday = LocalDate.of(2026, 3, 27);
        private final Instant endOfNextFriday = Instant.parse("2026-03-27T23:00:00Z");
        private final LocalDate wednesday = LocalDate.of(2026, 3, 11);
        private final Instant endOfWednesday = Instant.parse("2026-03-11T23:00:00Z");

        private RecordDecisionTimelineChange moveTo(LocalDate date, Instant toldAt) {
            return new RecordDecisionTimelineChange(OPPORTUNITY, ADA, FIRST, DecisionTimeline.by(date), toldAt, BERLIN);
        }

        @Test
        void theDeadlineFollowsTheNewDate() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", null),
                            recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(friday)))
                    .when(moveTo(nextFriday, NOW))
                    .expectEvents(new DecisionTimelineChanged(OPPORTUNITY, ADA, FIRST, DecisionTimeline.by(nextFriday), NOW))
                    .expectScheduledDeadline(endOfNextFriday, new DecisionDeadline(FIRST, nextFriday, endOfNextFriday))
                    .expectNoScheduledDeadline(endOfFriday, new DecisionDeadline(FIRST, friday, endOfFriday));
        }

        @Test
        void theOldDateGoesByWithoutADeadlinePassed() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", null),
                            recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(friday)),
                            moveTo(nextFriday, NOW))
                    .whenTimeAdvancesTo(endOfFriday.plusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void theNewDateGoesByWithOne() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(new OpenOpportunity(OPPORTUNITY, ADA, "Acme", "Backend Engineer", null),
                            recordInterview(INTERVIEW_START, INTERVIEW_END, DecisionTimeline.by(friday)),
                            moveTo(nextFriday, NOW))
                    .whenTimeElapses(Duration.between(NOW, endOfNextFriday).plusSeconds(1))
                    .expectEvents(new DeadlinePassed(OPPORTUNITY, ADA, FIRST, nextFriday, endOfNextFriday));
        }

        @Test
        void aDeadlinePassedForADayTheyHadMovedIsTakenBack() {
            Instant toldWednesdayMorning = Instant.parse("2026-03-11T09:00:00Z");
            fixture.given(opened(), interviewHeld(DecisionTimeline.by(wednesday)),
                            new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday))
                    .when(moveTo(nextFriday, toldWednesdayMorning))
                    .expectEvents(new DecisionTimelineChanged(OPPORTUNITY, ADA, FIRST, DecisionTimeline.by(nextFriday),
                                    toldWednesdayMorning),
                            new EntryRetracted(OPPORTUNITY, ADA, 2, "they moved their date before it went by", NOW))
                    .expectScheduledDeadline(endOfNextFriday, new DecisionDeadline(FIRST, nextFriday, endOfNextFriday))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void aDeadlinePassedBeforeTheyMovedTheDateStands() {
            fixture.given(opened(), interviewHeld(DecisionTimeline.by(wednesday)),
                            new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday))
                    .when(moveTo(nextFriday, NOW))
                    .expectEvents(new DecisionTimelineChanged(OPPORTUNITY, ADA, FIRST, DecisionTimeline.by(nextFriday), NOW));
        }

        @Test
        void aNewDateAlreadyOverIsMarkedAtOnce() {
            Instant toldWednesdayMorning = Instant.parse("2026-03-11T09:00:00Z");
            fixture.given(opened(), interviewHeld(DecisionTimeline.notStated()))
                    .when(moveTo(wednesday, toldWednesdayMorning))
                    .expectEvents(new DecisionTimelineChanged(OPPORTUNITY, ADA, FIRST, DecisionTimeline.by(wednesday),
                                    toldWednesdayMorning),
                            new DeadlinePassed(OPPORTUNITY, ADA, FIRST, wednesday, endOfWednesday));
        }

        @Test
        void isToldAfterTheInterviewAboutADayStillToCome() {
            fixture.given(opened(), interviewHeld())
                    .when(moveTo(nextFriday, INTERVIEW_START))
                    .expectException(violationOf("toldAt"));
            fixture.given(opened(), interviewHeld())
                    .when(moveTo(wednesday, NOW))
                    .expectException(violationOf("decision.date"));
            fixture.given(opened())
                    .when(moveTo(nextFriday, NOW))
                    .expectException(violationOf("interviewId"));
        }
    }

    @Nested
    @DisplayName("notes per interviewer, connections and asking about next steps")
    class Additions {

        @Test
        void notesPerInterviewerNameThemAsTheInterviewDoes() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordInterviewNotes(OPPORTUNITY, ADA, FIRST, null, null, null, null,
                            List.of(new InterviewerNotes(" grace hopper ", "her compiler work"))))
                    .expectEvents(new InterviewNotesRecorded(OPPORTUNITY, ADA, FIRST, null, null, null, null,
                            List.of(new InterviewerNotes("Grace Hopper", "her compiler work")), NOW));
        }

        @Test
        void notesPerInterviewerAreAboutSomeoneWhoWasThere_once() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordInterviewNotes(OPPORTUNITY, ADA, FIRST, null, null, null, null,
                            List.of(new InterviewerNotes("Ada Lovelace", "engines"))))
                    .expectException(violationOf("perInterviewer[0].interviewer"));
            fixture.given(opened(), interviewHeld())
                    .when(new RecordInterviewNotes(OPPORTUNITY, ADA, FIRST, null, null, null, null,
                            List.of(new InterviewerNotes("Alan Turing", "machines"), new InterviewerNotes("alan turing", "more"))))
                    .expectException(violationOf("perInterviewer[1].interviewer"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InterviewerNotes("Alan Turing", " "))
                    .isInstanceOf(org.followthrough.domain.shared.RuleViolation.class);
        }

        @Test
        void aThankYouMaySayItAskedAboutNextSteps() {
            Instant evening = Instant.parse("2026-03-10T18:00:00Z");
            fixture.given(opened(), interviewHeld())
                    .when(new RecordThankYou(OPPORTUNITY, ADA, FIRST, "Alan Turing", Channel.EMAIL, evening, null, true))
                    .expectEvents(new ThankYouSent(OPPORTUNITY, ADA, FIRST, "Alan Turing", Channel.EMAIL, evening, null, true));
        }

        @Test
        void aConnectionIsRecordedUnderTheInterviewersName() {
            fixture.given(opened(), interviewHeld())
                    .when(new RecordConnection(OPPORTUNITY, ADA, "grace  hopper", NOW))
                    .expectEvents(new ConnectionMade(OPPORTUNITY, ADA, "Grace Hopper", NOW));
        }
    }

    @Nested
    @DisplayName("after the outcome")
    class AfterTheOutcome {

        private RecordFollowUp followUp(FollowUpPurpose purpose) {
            return new RecordFollowUp(OPPORTUNITY, ADA, purpose, Channel.EMAIL, NOW, "Grace Hopper", null);
        }

        @Test
        void theThanksIsAcceptedOnAnOpportunityClosedWithAnOutcome() {
            fixture.given(opened(), interviewHeld(), closed())
                    .when(followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME))
                    .expectEvents(new FollowUpSent(OPPORTUNITY, ADA, FollowUpPurpose.THANKS_AFTER_OUTCOME, Channel.EMAIL,
                            NOW, "Grace Hopper", null));
            fixture.given(opened(), interviewHeld(), new OpportunityClosed(OPPORTUNITY, ADA, Outcome.ACCEPTED_OFFER, NOW))
                    .when(followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void nothingElse_andNotAfterWithdrawingOrGhosting() {
            fixture.given(opened(), interviewHeld(), closed())
                    .when(followUp(FollowUpPurpose.STATUS_CHECK))
                    .expectException(StateConflict.class);
            fixture.given(opened(), interviewHeld(), new OpportunityClosed(OPPORTUNITY, ADA, Outcome.WITHDRAWN, NOW))
                    .when(followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME))
                    .expectException(StateConflict.class);
        }
    }
}
