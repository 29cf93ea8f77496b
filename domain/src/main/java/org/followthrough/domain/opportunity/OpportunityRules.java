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

    private OpportunityRules() {
    }

    /**
     * Throws unless {@code entry} may follow {@code history}, recorded at {@code recordedAt}. {@code zone} is needed
     * only by entries whose rules count days (an interview with a stated date, a competing offer).
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
            case InterviewHeld held -> interviewHeld(state, held, recordedAt, zone);
            case InterviewNotesRecorded notes -> notes(state, notes, recordedAt);
            case ThankYouSent thankYou -> thankYou(state, thankYou, recordedAt);
            case FollowUpSent followUp -> {
                requireOpen(state);
                Checks.present("purpose", followUp.purpose());
                Checks.present("channel", followUp.channel());
                notInTheFuture("sentAt", Checks.present("sentAt", followUp.sentAt()), recordedAt);
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
            case EntryRetracted retraction -> retraction(history, state, retraction, recordedAt);
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
        if (state.interviews().containsKey(Checks.present("interviewId", held.interviewId()))) {
            throw new StateConflict("interview " + held.interviewId() + " is already recorded");
        }
        Set<String> names = new HashSet<>();
        for (Interviewer interviewer : held.interviewers()) {
            if (!names.add(Interviewer.key(interviewer.name()))) {
                throw new RuleViolation("interviewers", interviewer.name() + " is listed twice");
            }
        }
        if (held.round() < 1 || held.round() > HIGHEST_ROUND) {
            throw new RuleViolation("round", "must be between 1 and " + HIGHEST_ROUND);
        }
        DecisionTimeline decision = Checks.present("decision", held.decision());
        if (decision.date() != null) {
            LocalDate interviewDay = endedAt.atZone(Checks.present("zone", zone)).toLocalDate();
            if (decision.date().isBefore(interviewDay)) {
                throw new RuleViolation("decision.date",
                        "is before the day of the interview (" + interviewDay + "); the employer's date is still to come");
            }
            if (decision.date().isAfter(interviewDay.plusYears(1))) {
                throw new RuleViolation("decision.date", "is more than a year after the interview; check the year");
            }
        }
    }

    private static void notes(OpportunityState state, InterviewNotesRecorded notes, Instant recordedAt) {
        requireOpen(state);
        requireInterview(state, notes.interviewId());
        if (notes.wentWell() == null && notes.wentBadly() == null && notes.stoodOut() == null && notes.forgot() == null) {
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
        List<Interviewer> interviewers = interview.interviewers();
        if (!interviewers.isEmpty() && interviewers.stream().noneMatch(person -> person.isCalled(thankYou.interviewer()))) {
            throw new RuleViolation("interviewer", "was not among the interviewers of that interview ("
                    + interviewers.stream().map(Interviewer::name).collect(Collectors.joining(", ")) + ")");
        }
        Checks.present("channel", thankYou.channel());
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
        if (!Checks.present("statedDate", passed.statedDate()).equals(interview.decision().date())) {
            throw new RuleViolation("statedDate", "is not the date the employer named at that interview");
        }
        Instant passedAt = notInTheFuture("passedAt", Checks.present("passedAt", passed.passedAt()), recordedAt);
        if (!passedAt.isAfter(interview.endedAt())) {
            throw new RuleViolation("passedAt", "is not after the interview ended (" + interview.endedAt() + ")");
        }
        boolean marked = history.effectiveEvents().stream().anyMatch(event -> event instanceof DeadlinePassed other
                && other.interviewId().equals(passed.interviewId()));
        if (marked) {
            throw new StateConflict("the employer's date for interview " + passed.interviewId() + " has already passed");
        }
    }

    private static void retraction(OpportunityHistory history, OpportunityState state, EntryRetracted retraction,
                                   Instant recordedAt) {
        notInTheFuture("retractedAt", Checks.present("retractedAt", retraction.retractedAt()), recordedAt);
        OpportunityHistory.Entry retracted = history.entry(retraction.retractedSequence())
                .orElseThrow(() -> new RuleViolation("retractedSequence", "names no entry of this opportunity"));
        switch (retracted.event()) {
            case OpportunityOpened opened -> throw new RuleViolation("retractedSequence",
                    "names the opening of the opportunity; close it as withdrawn instead");
            case EntryRetracted earlier -> throw new RuleViolation("retractedSequence",
                    "names a correction; record the entry again instead");
            case DeadlinePassed passed -> {
                if (!disprovedByTheLatestReply(history, state, passed)) {
                    throw new RuleViolation("retractedSequence",
                            "names a deadline the app recorded; only a reply that came before the day went by takes it back");
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
     * The app takes back its own DeadlinePassed right after recording a reply that shows the day did not go by
     * without word: the latest entry other than such retractions is that reply.
     */
    private static boolean disprovedByTheLatestReply(OpportunityHistory history, OpportunityState state, DeadlinePassed passed) {
        List<OpportunityHistory.Entry> entries = history.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            OpportunityEvent event = entries.get(i).event();
            if (event instanceof EntryRetracted) {
                continue;
            }
            return event instanceof RecruiterReplied reply && reply.receivedAt().isBefore(passed.passedAt())
                    && state.interview(passed.interviewId())
                    .map(interview -> !reply.receivedAt().isBefore(interview.endedAt())).orElse(false);
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
}
