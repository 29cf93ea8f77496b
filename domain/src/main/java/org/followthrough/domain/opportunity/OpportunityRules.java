package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.Checks;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.followthrough.domain.shared.Times.notInTheFuture;

/**
 * What an entry must obey to join an opportunity's history, whoever brings it: the aggregate for a command, or the
 * import for an entry of an exported history. One pure function of the history so far, the entry, the moment it was
 * recorded and the candidate's time zone (their calendar, for the rules about days). The entry's own text already
 * obeys the text rules (its record checks them); these are the rules between the entry and what came before.
 *
 * <p>It throws {@link RuleViolation} naming the entry's field at fault, or {@link StateConflict} when the entry
 * clashes with what is recorded (a closed opportunity, an interview recorded twice).
 */
public final class OpportunityRules {

    static final Duration LONGEST_INTERVIEW = Duration.ofHours(24);
    static final int HIGHEST_ROUND = 20;
    /** How far ahead an interview may be scheduled: further is a mistyped year. */
    static final Duration FURTHEST_AHEAD = Duration.ofDays(366);

    private OpportunityRules() {
    }

    /**
     * Throws unless {@code entry} may follow {@code history}, recorded at {@code recordedAt}. {@code zone} is needed
     * only by entries whose rules count days (an interview with a stated date, a moved date, a competing offer).
     */
    public static void admit(OpportunityHistory history, OpportunityEvent entry, Instant recordedAt, @Nullable ZoneId zone) {
        Checks.present("opportunityId", entry.opportunityId());
        Checks.present("candidateId", entry.candidateId());
        if (entry instanceof OpportunityOpened opened) {
            if (history.size() > 0) {
                throw new StateConflict("the opportunity is already open; it opens once, with its first entry");
            }
            notInTheFuture("openedAt", Checks.present("openedAt", opened.openedAt()), recordedAt);
            return;
        }
        if (history.size() == 0) {
            throw new StateConflict("an opportunity's history starts with OpportunityOpened");
        }
        OpportunityState state = history.state();
        if (!state.id().equals(entry.opportunityId())) {
            throw new RuleViolation("opportunityId", "is not this opportunity's id");
        }
        if (!state.owner().equals(entry.candidateId())) {
            throw new RuleViolation("candidateId", "is not the owner of this opportunity");
        }
        switch (entry) {
            case OpportunityOpened opened -> throw new IllegalStateException("handled above");
            case InterviewScheduled scheduled -> interviewScheduled(state, scheduled, recordedAt);
            case InterviewRescheduled moved -> {
                requirePending(state, moved.interviewId());
                notInTheFuture("rescheduledAt", Checks.present("rescheduledAt", moved.rescheduledAt()), recordedAt);
                scheduledTimes(moved.startsAt(), moved.endsAt(), recordedAt);
            }
            case InterviewCancelled cancelled -> {
                requirePending(state, cancelled.interviewId());
                notInTheFuture("cancelledAt", Checks.present("cancelledAt", cancelled.cancelledAt()), recordedAt);
            }
            case InterviewHeld held -> interviewHeld(state, held, recordedAt, zone);
            case DecisionTimelineChanged changed -> decisionChanged(state, changed, recordedAt, zone);
            case InterviewNotesRecorded notes -> notes(state, notes, recordedAt);
            case ThankYouSent thankYou -> thankYou(state, thankYou, recordedAt);
            case FollowUpSent followUp -> {
                if (!isThanksAfterTheOutcome(state, Checks.present("purpose", followUp.purpose()))) {
                    requireOpen(state);
                }
                Checks.present("channel", followUp.channel());
                notInTheFuture("sentAt", Checks.present("sentAt", followUp.sentAt()), recordedAt);
            }
            case ConnectionMade connection -> {
                requireOpen(state);
                notInTheFuture("connectedAt", Checks.present("connectedAt", connection.connectedAt()), recordedAt);
            }
            case RecruiterReplied reply -> {
                requireOpen(state);
                Checks.present("kind", reply.kind());
                notInTheFuture("receivedAt", Checks.present("receivedAt", reply.receivedAt()), recordedAt);
            }
            case CompetingOfferReceived offer -> competingOffer(state, offer, recordedAt, zone);
            case OpportunityClosed closed -> {
                requireOpen(state);
                Checks.present("outcome", closed.outcome());
                notInTheFuture("closedAt", Checks.present("closedAt", closed.closedAt()), recordedAt);
            }
            case DeadlinePassed passed -> deadlinePassed(history, state, passed, recordedAt);
            case EntryRetracted retraction -> retraction(history, retraction, recordedAt);
        }
    }

    /**
     * Whether the end of the employer's stated day is news the app records as DeadlinePassed: the opportunity is open,
     * the day is still the date they last named for that held interview, it is not marked yet, no later round was
     * held, and they did not reply between naming it and the end of the day. The deadline handler records it only
     * then, and the import admits it only then.
     */
    static boolean deadlineStillOwed(OpportunityHistory history, InterviewId interviewId, LocalDate statedDate,
                                     Instant endOfDay) {
        OpportunityState state = history.state();
        InterviewHeld interview = state.interview(interviewId).orElse(null);
        boolean stillTheirDate = state.decisionOn(interviewId).map(decision -> statedDate.equals(decision.date()))
                .orElse(false);
        if (state.isClosed() || interview == null || !stillTheirDate) {
            return false;
        }
        Instant since = state.decisionSince(interviewId).orElse(interview.endedAt());
        List<OpportunityEvent> events = history.effectiveEvents();
        boolean laterRound = events.stream().anyMatch(event -> event instanceof InterviewHeld other
                && other.endedAt().isAfter(interview.endedAt()));
        boolean alreadyMarked = events.stream().anyMatch(event -> event instanceof DeadlinePassed passed
                && passed.interviewId().equals(interviewId) && passed.statedDate().equals(statedDate));
        boolean heardBack = events.stream().anyMatch(event -> event instanceof RecruiterReplied reply
                && !reply.receivedAt().isBefore(since) && reply.receivedAt().isBefore(endOfDay));
        return !laterRound && !alreadyMarked && !heardBack;
    }

    private static void interviewScheduled(OpportunityState state, InterviewScheduled scheduled, Instant recordedAt) {
        requireOpen(state);
        notInTheFuture("scheduledAt", Checks.present("scheduledAt", scheduled.scheduledAt()), recordedAt);
        InterviewId interviewId = Checks.present("interviewId", scheduled.interviewId());
        if (state.interviews().containsKey(interviewId) || state.scheduled().containsKey(interviewId)) {
            throw new StateConflict("interview " + interviewId + " is already recorded");
        }
        scheduledTimes(scheduled.startsAt(), scheduled.endsAt(), recordedAt);
        round(scheduled.round());
        eachPersonOnce(scheduled.interviewers());
    }

    /** A scheduled interview's times: it ends after it starts, within a day, and starts within a year. */
    private static void scheduledTimes(@Nullable Instant startsAt, @Nullable Instant endsAt, Instant recordedAt) {
        Checks.present("startsAt", startsAt);
        if (startsAt.isAfter(recordedAt.plus(FURTHEST_AHEAD))) {
            throw new RuleViolation("startsAt", "is more than a year ahead; check the year");
        }
        if (endsAt != null) {
            if (!endsAt.isAfter(startsAt)) {
                throw new RuleViolation("endsAt", "is not after startsAt; an interview ends after it starts");
            }
            if (Duration.between(startsAt, endsAt).compareTo(LONGEST_INTERVIEW) > 0) {
                throw new RuleViolation("endsAt", "is more than 24 hours after startsAt; check the dates");
            }
        }
    }

    private static void interviewHeld(OpportunityState state, InterviewHeld held, Instant recordedAt, @Nullable ZoneId zone) {
        requireOpen(state);
        Instant endedAt = notInTheFuture("endedAt", Checks.present("endedAt", held.endedAt()), recordedAt);
        if (held.startedAt() != null) {
            if (held.startedAt().isAfter(endedAt)) {
                throw new RuleViolation("startedAt", "is after endedAt; an interview ends after it starts");
            }
            if (Duration.between(held.startedAt(), endedAt).compareTo(LONGEST_INTERVIEW) > 0) {
                throw new RuleViolation("startedAt", "is more than 24 hours before endedAt; check the dates");
            }
        }
        InterviewId interviewId = Checks.present("interviewId", held.interviewId());
        if (state.interviews().containsKey(interviewId)) {
            throw new StateConflict("interview " + interviewId + " is already recorded");
        }
        if (state.scheduled(interviewId).map(OpportunityState.Scheduled::cancelled).orElse(false)) {
            throw new StateConflict("interview " + interviewId + " was cancelled; take back the cancellation first");
        }
        eachPersonOnce(held.interviewers());
        round(held.round());
        DecisionTimeline decision = Checks.present("decision", held.decision());
        decisionDate(decision, endedAt, zone, "the interview");
    }

    /** The employer moved their date: told after the interview, about a day still to come. */
    private static void decisionChanged(OpportunityState state, DecisionTimelineChanged changed, Instant recordedAt,
                                        @Nullable ZoneId zone) {
        requireOpen(state);
        InterviewHeld interview = requireInterview(state, changed.interviewId());
        Instant toldAt = notInTheFuture("toldAt", Checks.present("toldAt", changed.toldAt()), recordedAt);
        if (toldAt.isBefore(interview.endedAt())) {
            throw new RuleViolation("toldAt", "is before the interview ended (" + interview.endedAt() + ")");
        }
        decisionDate(Checks.present("decision", changed.decision()), toldAt, zone, "the day they told you");
    }

    /** A stated date is a day still to come when they name it ({@code namedAt}, on the candidate's calendar), within a year. */
    private static void decisionDate(DecisionTimeline decision, Instant namedAt, @Nullable ZoneId zone, String what) {
        if (decision.date() == null) {
            return;
        }
        LocalDate from = namedAt.atZone(Checks.present("zone", zone)).toLocalDate();
        if (decision.date().isBefore(from)) {
            throw new RuleViolation("decision.date",
                    "is before the day of " + what + " (" + from + "); the employer's date is still to come");
        }
        if (decision.date().isAfter(from.plusYears(1))) {
            throw new RuleViolation("decision.date", "is more than a year after " + what + "; check the year");
        }
    }

    private static void round(int round) {
        if (round < 1 || round > HIGHEST_ROUND) {
            throw new RuleViolation("round", "must be between 1 and " + HIGHEST_ROUND);
        }
    }

    private static void eachPersonOnce(List<Interviewer> interviewers) {
        Set<String> names = new HashSet<>();
        for (Interviewer interviewer : interviewers) {
            if (!names.add(Interviewer.key(interviewer.name()))) {
                throw new RuleViolation("interviewers", interviewer.name() + " is listed twice");
            }
        }
    }

    /** Notes on a held interview: about the whole of it, or per interviewer, each someone who was there, once. */
    private static void notes(OpportunityState state, InterviewNotesRecorded notes, Instant recordedAt) {
        requireOpen(state);
        InterviewHeld interview = requireInterview(state, notes.interviewId());
        Set<String> noted = new HashSet<>();
        for (int i = 0; i < notes.perInterviewer().size(); i++) {
            String field = "perInterviewer[" + i + "]";
            String name = Checks.present(field, notes.perInterviewer().get(i)).interviewer();
            requireAmongTheInterviewers(interview, name, field + ".interviewer");
            if (!noted.add(Interviewer.key(name))) {
                throw new RuleViolation(field + ".interviewer", name + " has notes twice");
            }
        }
        if (notes.wentWell() == null && notes.wentBadly() == null && notes.stoodOut() == null && notes.forgot() == null
                && notes.perInterviewer().isEmpty()) {
            throw new RuleViolation("wentWell", "write at least one of: what went well, what did not, what stood out, what you forgot");
        }
        notInTheFuture("writtenAt", Checks.present("writtenAt", notes.writtenAt()), recordedAt);
    }

    private static void thankYou(OpportunityState state, ThankYouSent thankYou, Instant recordedAt) {
        requireOpen(state);
        InterviewHeld interview = requireInterview(state, thankYou.interviewId());
        Instant sentAt = notInTheFuture("sentAt", Checks.present("sentAt", thankYou.sentAt()), recordedAt);
        if (sentAt.isBefore(interview.endedAt())) {
            throw new RuleViolation("sentAt", "is before the interview ended (" + interview.endedAt() + ")");
        }
        requireAmongTheInterviewers(interview, thankYou.interviewer(), "interviewer");
        Checks.present("channel", thankYou.channel());
    }

    /** Someone the interview lists; anyone, when it lists nobody. */
    private static void requireAmongTheInterviewers(InterviewHeld interview, String name, String field) {
        List<Interviewer> interviewers = interview.interviewers();
        if (!interviewers.isEmpty() && interviewers.stream().noneMatch(person -> person.isCalled(name))) {
            throw new RuleViolation(field, "was not among the interviewers of that interview ("
                    + interviewers.stream().map(Interviewer::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** The thanks after an offer taken or a rejection is the last thing to do, so it still comes after the close. */
    private static boolean isThanksAfterTheOutcome(OpportunityState state, FollowUpPurpose purpose) {
        return purpose == FollowUpPurpose.THANKS_AFTER_OUTCOME && state.closure() != null
                && (state.closure().outcome() == Outcome.REJECTED || state.closure().outcome() == Outcome.ACCEPTED_OFFER);
    }

    private static void competingOffer(OpportunityState state, CompetingOfferReceived offer, Instant recordedAt,
                                       @Nullable ZoneId zone) {
        requireOpen(state);
        Instant receivedAt = notInTheFuture("receivedAt", Checks.present("receivedAt", offer.receivedAt()), recordedAt);
        LocalDate respondBy = Checks.present("respondBy", offer.respondBy());
        LocalDate arrivalDay = receivedAt.atZone(Checks.present("zone", zone)).toLocalDate();
        if (respondBy.isBefore(arrivalDay)) {
            throw new RuleViolation("respondBy", "is before the day the offer arrived (" + arrivalDay + ")");
        }
    }

    private static void deadlinePassed(OpportunityHistory history, OpportunityState state, DeadlinePassed passed,
                                       Instant recordedAt) {
        requireOpen(state);
        InterviewHeld interview = requireInterview(state, passed.interviewId());
        LocalDate statedDate = Checks.present("statedDate", passed.statedDate());
        if (!statedDate.equals(state.decisionOn(passed.interviewId()).map(DecisionTimeline::date).orElse(null))) {
            throw new RuleViolation("statedDate", "is not the date the employer last named for that interview");
        }
        Instant passedAt = notInTheFuture("passedAt", Checks.present("passedAt", passed.passedAt()), recordedAt);
        if (!passedAt.isAfter(interview.endedAt())) {
            throw new RuleViolation("passedAt", "is not after the interview ended (" + interview.endedAt() + ")");
        }
        if (!deadlineStillOwed(history, passed.interviewId(), statedDate, passedAt)) {
            throw new StateConflict("the employer's date for interview " + passed.interviewId()
                    + " has already passed, or they replied or held a later round before it went by");
        }
    }

    private static void retraction(OpportunityHistory history, EntryRetracted retraction, Instant recordedAt) {
        notInTheFuture("retractedAt", Checks.present("retractedAt", retraction.retractedAt()), recordedAt);
        OpportunityHistory.Entry retracted = history.entry(retraction.retractedSequence())
                .orElseThrow(() -> new RuleViolation("retractedSequence", "names no entry of this opportunity"));
        switch (retracted.event()) {
            case OpportunityOpened opened -> throw new RuleViolation("retractedSequence",
                    "names the opening of the opportunity; close it as withdrawn instead");
            case EntryRetracted earlier -> throw new RuleViolation("retractedSequence",
                    "names a correction; record the entry again instead");
            case DeadlinePassed passed -> {
                if (!disprovedByTheLatestEntry(history, passed)) {
                    throw new RuleViolation("retractedSequence", "names a deadline the app recorded; only a reply that"
                            + " came, or a new date they named, before the day went by takes it back");
                }
            }
            default -> {
            }
        }
        if (history.isRetracted(retracted.sequence())) {
            throw new StateConflict("entry " + retracted.sequence() + " is already retracted");
        }
    }

    /**
     * The app takes back its own DeadlinePassed right after recording an entry that shows the day did not go by
     * without word: a reply that came after they named the day and before it ended, or their moving that interview's
     * date before the day ended. The latest entry other than such retractions must be that reply or that move.
     */
    static boolean disprovedByTheLatestEntry(OpportunityHistory history, DeadlinePassed passed) {
        List<OpportunityHistory.Entry> entries = history.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            OpportunityEvent event = entries.get(i).event();
            if (event instanceof EntryRetracted) {
                continue;
            }
            return switch (event) {
                case RecruiterReplied reply -> reply.receivedAt().isBefore(passed.passedAt())
                        && history.state().decisionSince(passed.interviewId())
                        .map(since -> !reply.receivedAt().isBefore(since)).orElse(false);
                case DecisionTimelineChanged moved -> moved.interviewId().equals(passed.interviewId())
                        && moved.toldAt().isBefore(passed.passedAt());
                default -> false;
            };
        }
        return false;
    }

    private static void requireOpen(OpportunityState state) {
        if (state.closure() != null) {
            throw new StateConflict("the opportunity was closed (" + state.closure().outcome()
                    + "); retract the closing entry before recording more");
        }
    }

    private static InterviewHeld requireInterview(OpportunityState state, @Nullable InterviewId interviewId) {
        return state.interview(Checks.present("interviewId", interviewId))
                .orElseThrow(() -> new RuleViolation("interviewId", "names no interview of this opportunity"));
    }

    /** A scheduled interview still to take place, of an open opportunity. */
    private static void requirePending(OpportunityState state, @Nullable InterviewId interviewId) {
        requireOpen(state);
        if (state.pending(Checks.present("interviewId", interviewId)).isEmpty()) {
            throw new RuleViolation("interviewId", "names no scheduled interview of this opportunity that is still to take place");
        }
    }
}
