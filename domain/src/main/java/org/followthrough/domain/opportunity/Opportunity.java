package org.followthrough.domain.opportunity;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.followthrough.domain.shared.Checks;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.followthrough.domain.shared.Times.notInTheFuture;

/**
 * The event-sourced opportunity. It checks each command against the recorded history and, when the command
 * makes sense, records the event; it never changes state outside its event-sourcing handler.
 */
public class Opportunity {

    static final Duration LONGEST_INTERVIEW = Duration.ofHours(24);
    static final int HIGHEST_ROUND = 20;
    static final Duration FURTHEST_AHEAD = Duration.ofDays(366);

    @AggregateIdentifier
    private OpportunityId id;
    private OpportunityHistory history = OpportunityHistory.empty();

    protected Opportunity() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Opportunity(OpenOpportunity command, Clock clock) {
        Instant now = clock.instant();
        Instant openedAt = command.openedAt() == null ? now : notInTheFuture("openedAt", command.openedAt(), now);
        apply(new OpportunityOpened(command.opportunityId(), command.candidateId(),
                Text.required("company", command.company(), Text.MAX_SHORT),
                Text.required("role", command.role(), Text.MAX_SHORT),
                openedAt));
    }

    @CommandHandler
    public long handle(ScheduleInterview command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        Instant now = clock.instant();
        Instant scheduledAt = givenOrNow("scheduledAt", command.scheduledAt(), now);
        InterviewId interviewId = Checks.present("interviewId", command.interviewId());
        if (state.interviews().containsKey(interviewId) || state.scheduled().containsKey(interviewId)) {
            throw new StateConflict("interview " + interviewId + " is already recorded");
        }
        Instant startsAt = Checks.present("startsAt", command.startsAt());
        Instant endsAt = checkedEnd(startsAt, command.endsAt(), now);
        int round = command.round() == null ? state.nextRound() : command.round();
        apply(new InterviewScheduled(command.opportunityId(), command.candidateId(), interviewId, checkedRound(round),
                startsAt, endsAt, distinct(Checks.present("interviewers", command.interviewers())), scheduledAt));
        return recorded();
    }

    @CommandHandler
    public long handle(RescheduleInterview command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        requirePending(state, command.interviewId());
        Instant now = clock.instant();
        Instant rescheduledAt = givenOrNow("rescheduledAt", command.rescheduledAt(), now);
        Instant startsAt = Checks.present("startsAt", command.startsAt());
        apply(new InterviewRescheduled(command.opportunityId(), command.candidateId(), command.interviewId(), startsAt,
                checkedEnd(startsAt, command.endsAt(), now), rescheduledAt));
        return recorded();
    }

    @CommandHandler
    public long handle(CancelInterview command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        requirePending(state, command.interviewId());
        apply(new InterviewCancelled(command.opportunityId(), command.candidateId(), command.interviewId(),
                Text.optional("reason", command.reason(), Text.MAX_SHORT),
                givenOrNow("cancelledAt", command.cancelledAt(), clock.instant())));
        return recorded();
    }

    /**
     * An interview that took place. Naming a scheduled interview records that one as held, keeping its id; its round
     * and, when none are given, its interviewers are taken over.
     */
    @CommandHandler
    public long handle(RecordInterview command, Clock clock, DeadlineManager deadlines) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        Instant endedAt = notInTheFuture("endedAt", Checks.present("endedAt", command.endedAt()), clock.instant());
        if (command.startedAt() != null) {
            if (command.startedAt().isAfter(endedAt)) {
                throw new RuleViolation("startedAt", "is after endedAt; an interview ends after it starts");
            }
            if (Duration.between(command.startedAt(), endedAt).compareTo(LONGEST_INTERVIEW) > 0) {
                throw new RuleViolation("startedAt", "is more than 24 hours before endedAt; check the dates");
            }
        }
        if (state.interviews().containsKey(command.interviewId())) {
            throw new StateConflict("interview " + command.interviewId() + " is already recorded");
        }
        Optional<OpportunityState.Scheduled> scheduled = state.scheduled(command.interviewId());
        if (scheduled.isPresent() && scheduled.get().cancelled()) {
            throw new StateConflict("interview " + command.interviewId()
                    + " was cancelled; take back the cancellation first");
        }
        List<Interviewer> interviewers = distinct(Checks.present("interviewers", command.interviewers()));
        if (interviewers.isEmpty() && scheduled.isPresent()) {
            interviewers = scheduled.get().announced().interviewers();
        }
        int round = command.round() != null ? command.round()
                : scheduled.map(interview -> interview.announced().round()).orElse(state.interviews().size() + 1);
        DecisionTimeline decision = Checks.present("decision", command.decision());
        checkDecisionDate(decision, endedAt.atZone(Checks.present("zone", command.zone())).toLocalDate(),
                "the interview");
        apply(new InterviewHeld(command.opportunityId(), command.candidateId(), command.interviewId(),
                checkedRound(round), command.startedAt(), endedAt, interviewers, decision));
        long sequence = recorded();
        if (decision.date() != null) {
            scheduleDecisionDeadline(command.interviewId(), decision.date(), command.zone(), clock, deadlines);
        }
        return sequence;
    }

    /**
     * The employer moved their date. The persistent deadline follows: the old one is cancelled and the new one set
     * (or, for a day already over, marked at once); a DeadlinePassed recorded for the old day is taken back when they
     * moved it before that day had gone by, since the day did not in fact pass without word.
     */
    @CommandHandler
    public long handle(RecordDecisionTimelineChange command, Clock clock, DeadlineManager deadlines) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        InterviewHeld interview = requireInterview(state, command.interviewId());
        Instant toldAt = notInTheFuture("toldAt", Checks.present("toldAt", command.toldAt()), clock.instant());
        if (toldAt.isBefore(interview.endedAt())) {
            throw new RuleViolation("toldAt", "is before the interview ended (" + interview.endedAt() + ")");
        }
        DecisionTimeline decision = Checks.present("decision", command.decision());
        checkDecisionDate(decision, toldAt.atZone(Checks.present("zone", command.zone())).toLocalDate(),
                "the day they told you");
        apply(new DecisionTimelineChanged(command.opportunityId(), command.candidateId(), command.interviewId(),
                decision, toldAt));
        long sequence = recorded();
        for (OpportunityHistory.Entry entry : history.entries()) {
            if (entry.event() instanceof DeadlinePassed passed && !history.isRetracted(entry.sequence())
                    && passed.interviewId().equals(command.interviewId()) && toldAt.isBefore(passed.passedAt())) {
                apply(new EntryRetracted(passed.opportunityId(), passed.candidateId(), entry.sequence(),
                        "they moved their date before it went by", clock.instant()));
            }
        }
        deadlines.cancelAllWithinScope(DecisionDeadline.NAME);
        OpportunityState changed = current();
        for (InterviewHeld held : changed.interviews().values()) {
            LocalDate date = changed.decisionOn(held.interviewId()).map(DecisionTimeline::date).orElse(null);
            if (date != null) {
                scheduleDecisionDeadline(held.interviewId(), date, command.zone(), clock, deadlines);
            }
        }
        return sequence;
    }

    /** Sets the deadline at the end of the stated day, or marks the day as passed at once when it is already over. */
    private void scheduleDecisionDeadline(InterviewId interviewId, LocalDate date, ZoneId zone, Clock clock,
                                          DeadlineManager deadlines) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant();
        DecisionDeadline deadline = new DecisionDeadline(interviewId, date, endOfDay);
        if (endOfDay.isAfter(clock.instant())) {
            deadlines.schedule(endOfDay, DecisionDeadline.NAME, deadline);
        } else {
            markDeadlinePassed(deadline);
        }
    }

    /** The employer's stated day has ended: record it unless they replied first or it no longer applies. */
    @DeadlineHandler(deadlineName = DecisionDeadline.NAME)
    void decisionDayEnded(DecisionDeadline deadline) {
        markDeadlinePassed(deadline);
    }

    private void markDeadlinePassed(DecisionDeadline deadline) {
        OpportunityState state = current();
        Optional<InterviewHeld> interview = state.interview(deadline.interviewId());
        boolean stillTheirDate = state.decisionOn(deadline.interviewId())
                .map(decision -> deadline.statedDate().equals(decision.date())).orElse(false);
        if (state.isClosed() || interview.isEmpty() || !stillTheirDate) {
            return;
        }
        Instant ended = interview.get().endedAt();
        Instant since = state.decisionSince(deadline.interviewId()).orElse(ended);
        List<OpportunityEvent> events = history.effectiveEvents();
        boolean laterRound = events.stream().anyMatch(event -> event instanceof InterviewHeld other
                && other.endedAt().isAfter(ended));
        boolean alreadyMarked = events.stream().anyMatch(event -> event instanceof DeadlinePassed passed
                && passed.interviewId().equals(deadline.interviewId()) && passed.statedDate().equals(deadline.statedDate()));
        boolean heardBack = events.stream().anyMatch(event -> event instanceof RecruiterReplied reply
                && !reply.receivedAt().isBefore(since) && reply.receivedAt().isBefore(deadline.endOfDay()));
        if (laterRound || alreadyMarked || heardBack) {
            return;
        }
        apply(new DeadlinePassed(state.id(), state.owner(), deadline.interviewId(), deadline.statedDate(),
                deadline.endOfDay()));
    }

    @CommandHandler
    public long handle(RecordInterviewNotes command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        InterviewHeld interview = requireInterview(state, command.interviewId());
        String wentWell = Text.optional("wentWell", command.wentWell(), Text.MAX_LONG);
        String wentBadly = Text.optional("wentBadly", command.wentBadly(), Text.MAX_LONG);
        String stoodOut = Text.optional("stoodOut", command.stoodOut(), Text.MAX_LONG);
        String forgot = Text.optional("forgot", command.forgot(), Text.MAX_LONG);
        List<InterviewerNotes> perInterviewer = perInterviewer(interview, command.perInterviewer());
        if (wentWell == null && wentBadly == null && stoodOut == null && forgot == null && perInterviewer.isEmpty()) {
            throw new RuleViolation("wentWell", "write at least one of: what went well, what did not, what stood out, what you forgot");
        }
        apply(new InterviewNotesRecorded(command.opportunityId(), command.candidateId(), command.interviewId(),
                wentWell, wentBadly, stoodOut, forgot, perInterviewer, clock.instant()));
        return recorded();
    }

    @CommandHandler
    public long handle(RecordThankYou command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        InterviewHeld interview = requireInterview(state, command.interviewId());
        Instant sentAt = notInTheFuture("sentAt", Checks.present("sentAt", command.sentAt()), clock.instant());
        if (sentAt.isBefore(interview.endedAt())) {
            throw new RuleViolation("sentAt", "is before the interview ended (" + interview.endedAt() + ")");
        }
        String name = Text.required("interviewer", command.interviewer(), Text.MAX_SHORT);
        if (!interview.interviewers().isEmpty()) {
            name = interview.interviewers().stream()
                    .filter(interviewer -> interviewer.isCalled(command.interviewer()))
                    .map(Interviewer::name)
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("interviewer", "was not among the interviewers of that interview ("
                            + interview.interviewers().stream().map(Interviewer::name).collect(Collectors.joining(", ")) + ")"));
        }
        apply(new ThankYouSent(command.opportunityId(), command.candidateId(), command.interviewId(), name,
                Checks.present("channel", command.channel()), sentAt,
                Text.optional("message", command.message(), Text.MAX_LONG), command.askedAboutNextSteps()));
        return recorded();
    }

    /**
     * A follow-up; on an opportunity closed with an outcome (an offer taken, a rejection), the thanks after it is
     * still welcome, since that thanks is the last thing to do.
     */
    @CommandHandler
    public long handle(RecordFollowUp command, Clock clock) {
        OpportunityState state = stateFor(command);
        boolean thanksAfterTheOutcome = command.purpose() == FollowUpPurpose.THANKS_AFTER_OUTCOME && state.closure() != null
                && (state.closure().outcome() == Outcome.REJECTED || state.closure().outcome() == Outcome.ACCEPTED_OFFER);
        if (!thanksAfterTheOutcome) {
            requireOpen(state);
        }
        Instant sentAt = notInTheFuture("sentAt", Checks.present("sentAt", command.sentAt()), clock.instant());
        apply(new FollowUpSent(command.opportunityId(), command.candidateId(),
                Checks.present("purpose", command.purpose()), Checks.present("channel", command.channel()), sentAt,
                Text.optional("recipient", command.recipient(), Text.MAX_SHORT),
                Text.optional("message", command.message(), Text.MAX_LONG)));
        return recorded();
    }

    /** A LinkedIn connection; someone from the interviews is named as the interview spelled them. */
    @CommandHandler
    public long handle(RecordConnection command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        Instant connectedAt = notInTheFuture("connectedAt", Checks.present("connectedAt", command.connectedAt()),
                clock.instant());
        String person = Text.required("person", command.person(), Text.MAX_SHORT);
        String named = person;
        String spelled = state.interviews().values().stream().flatMap(interview -> interview.interviewers().stream())
                .filter(interviewer -> interviewer.isCalled(named)).map(Interviewer::name).findFirst().orElse(person);
        apply(new ConnectionMade(command.opportunityId(), command.candidateId(), spelled, connectedAt));
        return recorded();
    }

    @CommandHandler
    public long handle(RecordRecruiterReply command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        Instant receivedAt = notInTheFuture("receivedAt", Checks.present("receivedAt", command.receivedAt()), clock.instant());
        apply(new RecruiterReplied(command.opportunityId(), command.candidateId(), Checks.present("kind", command.kind()),
                receivedAt, Text.optional("note", command.note(), Text.MAX_LONG)));
        long sequence = recorded();
        withdrawDeadlinesPassedBefore(receivedAt, clock);
        return sequence;
    }

    @CommandHandler
    public long handle(RecordCompetingOffer command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        Instant receivedAt = notInTheFuture("receivedAt", Checks.present("receivedAt", command.receivedAt()), clock.instant());
        LocalDate respondBy = Checks.present("respondBy", command.respondBy());
        LocalDate arrivalDay = receivedAt.atZone(Checks.present("zone", command.zone())).toLocalDate();
        if (respondBy.isBefore(arrivalDay)) {
            throw new RuleViolation("respondBy", "is before the day the offer arrived (" + arrivalDay + ")");
        }
        apply(new CompetingOfferReceived(command.opportunityId(), command.candidateId(), receivedAt, respondBy));
        return recorded();
    }

    @CommandHandler
    public long handle(CloseOpportunity command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        Instant at = notInTheFuture("at", Checks.present("at", command.at()), clock.instant());
        apply(new OpportunityClosed(command.opportunityId(), command.candidateId(),
                Checks.present("outcome", command.outcome()), at));
        return recorded();
    }

    @CommandHandler
    public long handle(RetractEntry command, Clock clock) {
        stateFor(command);
        OpportunityHistory.Entry entry = history.entry(command.sequence())
                .orElseThrow(() -> new RuleViolation("sequence", "names no entry of this opportunity"));
        switch (entry.event()) {
            case OpportunityOpened opened -> throw new RuleViolation("sequence",
                    "names the opening of the opportunity; close it as withdrawn instead");
            case EntryRetracted retraction -> throw new RuleViolation("sequence",
                    "names a correction; record the entry again instead");
            case DeadlinePassed passed -> throw new RuleViolation("sequence",
                    "names a deadline the app recorded; record the employer's reply instead");
            default -> {
                if (history.isRetracted(entry.sequence())) {
                    throw new StateConflict("entry " + entry.sequence() + " is already retracted");
                }
            }
        }
        apply(new EntryRetracted(command.opportunityId(), command.candidateId(), entry.sequence(),
                Text.optional("reason", command.reason(), Text.MAX_SHORT), clock.instant()));
        return recorded();
    }

    /**
     * A reply recorded late may show that a stated day did not in fact go by without word: the app's own
     * DeadlinePassed entry is then taken back, with the reason.
     */
    private void withdrawDeadlinesPassedBefore(Instant receivedAt, Clock clock) {
        for (OpportunityHistory.Entry entry : history.entries()) {
            if (entry.event() instanceof DeadlinePassed passed && !history.isRetracted(entry.sequence())
                    && receivedAt.isBefore(passed.passedAt())
                    && current().decisionSince(passed.interviewId())
                    .map(since -> !receivedAt.isBefore(since)).orElse(false)) {
                apply(new EntryRetracted(passed.opportunityId(), passed.candidateId(), entry.sequence(),
                        "they had replied before the day went by", clock.instant()));
            }
        }
    }

    @EventSourcingHandler
    void on(OpportunityEvent event) {
        if (event instanceof OpportunityOpened opened) {
            id = opened.opportunityId();
        }
        history = history.with(event);
    }

    /**
     * The state after what this command has recorded so far, folded afresh: the history's own cache is left alone, so
     * that the aggregate is the same whether it handled the command or was sourced from its events.
     */
    private OpportunityState current() {
        return OpportunityState.of(history.effectiveEvents());
    }

    /** The sequence number of the entry just recorded, for the caller to refer to it (e.g. to retract it). */
    private long recorded() {
        return history.lastSequence();
    }

    /** The state, once the caller is known to be the owner; anyone else learns nothing, not even existence. */
    private OpportunityState stateFor(OpportunityCommand command) {
        OpportunityState state = history.state();
        if (!state.owner().equals(command.candidateId())) {
            throw new NotFound("opportunity " + command.opportunityId());
        }
        return state;
    }

    private static void requireOpen(OpportunityState state) {
        if (state.closure() != null) {
            throw new StateConflict("the opportunity was closed (" + state.closure().outcome()
                    + "); retract the closing entry before recording more");
        }
    }

    /** When the candidate says it happened, or now when they do not say; never in the future. */
    private static Instant givenOrNow(String field, @Nullable Instant given, Instant now) {
        return given == null ? now : notInTheFuture(field, given, now);
    }

    private static OpportunityState.Scheduled requirePending(OpportunityState state, InterviewId interviewId) {
        return state.pending(Checks.present("interviewId", interviewId))
                .orElseThrow(() -> new RuleViolation("interviewId",
                        "names no scheduled interview of this opportunity that is still to take place"));
    }

    /** The end of a scheduled interview, if given: after the start, within a day of it, and within a year from now. */
    private static @Nullable Instant checkedEnd(Instant startsAt, @Nullable Instant endsAt, Instant now) {
        if (startsAt.isAfter(now.plus(FURTHEST_AHEAD))) {
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
        return endsAt;
    }

    private static int checkedRound(int round) {
        if (round < 1 || round > HIGHEST_ROUND) {
            throw new RuleViolation("round", "must be between 1 and " + HIGHEST_ROUND);
        }
        return round;
    }

    private static List<Interviewer> distinct(List<Interviewer> interviewers) {
        Set<String> names = new HashSet<>();
        for (Interviewer interviewer : interviewers) {
            if (!names.add(Interviewer.key(interviewer.name()))) {
                throw new RuleViolation("interviewers", interviewer.name() + " is listed twice");
            }
        }
        return List.copyOf(interviewers);
    }

    /** A stated date is a day still to come when they name it ({@code from}), and within a year of it. */
    private static void checkDecisionDate(DecisionTimeline decision, LocalDate from, String what) {
        if (decision.date() == null) {
            return;
        }
        if (decision.date().isBefore(from)) {
            throw new RuleViolation("decision.date",
                    "is before the day of " + what + " (" + from + "); the employer's date is still to come");
        }
        if (decision.date().isAfter(from.plusYears(1))) {
            throw new RuleViolation("decision.date", "is more than a year after " + what + "; check the year");
        }
    }

    /** Notes per interviewer: each about someone the interview lists (anyone, when it lists nobody), once. */
    private static List<InterviewerNotes> perInterviewer(InterviewHeld interview, @Nullable List<InterviewerNotes> given) {
        if (given == null) {
            return List.of();
        }
        List<InterviewerNotes> notes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (InterviewerNotes note : given) {
            Checks.present("perInterviewer", note);
            String name = interview.interviewers().isEmpty() ? note.interviewer() : interview.interviewers().stream()
                    .filter(interviewer -> interviewer.isCalled(note.interviewer()))
                    .map(Interviewer::name)
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("perInterviewer.interviewer", note.interviewer()
                            + " was not among the interviewers of that interview"));
            if (!names.add(Interviewer.key(name))) {
                throw new RuleViolation("perInterviewer.interviewer", name + " has notes twice");
            }
            notes.add(new InterviewerNotes(name, note.notes()));
        }
        return List.copyOf(notes);
    }

    private static InterviewHeld requireInterview(OpportunityState state, InterviewId interviewId) {
        return state.interview(Checks.present("interviewId", interviewId))
                .orElseThrow(() -> new RuleViolation("interviewId", "names no interview of this opportunity"));
    }
}
