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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
        List<Interviewer> interviewers = List.copyOf(Checks.present("interviewers", command.interviewers()));
        Set<String> names = new HashSet<>();
        for (Interviewer interviewer : interviewers) {
            if (!names.add(Interviewer.key(interviewer.name()))) {
                throw new RuleViolation("interviewers", interviewer.name() + " is listed twice");
            }
        }
        int round = command.round() == null ? state.interviews().size() + 1 : command.round();
        if (round < 1 || round > HIGHEST_ROUND) {
            throw new RuleViolation("round", "must be between 1 and " + HIGHEST_ROUND);
        }
        DecisionTimeline decision = Checks.present("decision", command.decision());
        if (decision.date() != null) {
            LocalDate interviewDay = endedAt.atZone(Checks.present("zone", command.zone())).toLocalDate();
            if (decision.date().isBefore(interviewDay)) {
                throw new RuleViolation("decision.date",
                        "is before the day of the interview (" + interviewDay + "); the employer's date is still to come");
            }
            if (decision.date().isAfter(interviewDay.plusYears(1))) {
                throw new RuleViolation("decision.date", "is more than a year after the interview; check the year");
            }
        }
        apply(new InterviewHeld(command.opportunityId(), command.candidateId(), command.interviewId(), round,
                command.startedAt(), endedAt, interviewers, decision));
        long sequence = recorded();
        DecisionDeadline.of(command.interviewId(), decision, command.zone()).ifPresent(deadline -> {
            if (deadline.isAfter(clock.instant())) {
                deadlines.schedule(deadline.endOfDay(), DecisionDeadline.NAME, deadline);
            } else {
                markDeadlinePassed(deadline);
            }
        });
        return sequence;
    }

    /** The employer's stated day has ended: record it unless they replied first or it no longer applies. */
    @DeadlineHandler(deadlineName = DecisionDeadline.NAME)
    void decisionDayEnded(DecisionDeadline deadline) {
        markDeadlinePassed(deadline);
    }

    private void markDeadlinePassed(DecisionDeadline deadline) {
        OpportunityState state = history.state();
        Optional<InterviewHeld> interview = state.interview(deadline.interviewId());
        if (state.isClosed() || interview.isEmpty()) {
            return;
        }
        Instant ended = interview.get().endedAt();
        List<OpportunityEvent> events = history.effectiveEvents();
        boolean laterRound = events.stream().anyMatch(event -> event instanceof InterviewHeld other
                && other.endedAt().isAfter(ended));
        boolean alreadyMarked = events.stream().anyMatch(event -> event instanceof DeadlinePassed passed
                && passed.interviewId().equals(deadline.interviewId()));
        boolean heardBack = events.stream().anyMatch(event -> event instanceof RecruiterReplied reply
                && !reply.receivedAt().isBefore(ended) && reply.receivedAt().isBefore(deadline.endOfDay()));
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
        requireInterview(state, command.interviewId());
        String wentWell = Text.optional("wentWell", command.wentWell(), Text.MAX_LONG);
        String wentBadly = Text.optional("wentBadly", command.wentBadly(), Text.MAX_LONG);
        String stoodOut = Text.optional("stoodOut", command.stoodOut(), Text.MAX_LONG);
        String forgot = Text.optional("forgot", command.forgot(), Text.MAX_LONG);
        if (wentWell == null && wentBadly == null && stoodOut == null && forgot == null) {
            throw new RuleViolation("wentWell", "write at least one of: what went well, what did not, what stood out, what you forgot");
        }
        apply(new InterviewNotesRecorded(command.opportunityId(), command.candidateId(), command.interviewId(),
                wentWell, wentBadly, stoodOut, forgot, clock.instant()));
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
                Text.optional("message", command.message(), Text.MAX_LONG)));
        return recorded();
    }

    @CommandHandler
    public long handle(RecordFollowUp command, Clock clock) {
        OpportunityState state = stateFor(command);
        requireOpen(state);
        Instant sentAt = notInTheFuture("sentAt", Checks.present("sentAt", command.sentAt()), clock.instant());
        apply(new FollowUpSent(command.opportunityId(), command.candidateId(),
                Checks.present("purpose", command.purpose()), Checks.present("channel", command.channel()), sentAt,
                Text.optional("recipient", command.recipient(), Text.MAX_SHORT),
                Text.optional("message", command.message(), Text.MAX_LONG)));
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
                    && history.state().interview(passed.interviewId())
                    .map(interview -> !receivedAt.isBefore(interview.endedAt())).orElse(false)) {
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

    private static InterviewHeld requireInterview(OpportunityState state, InterviewId interviewId) {
        return state.interview(Checks.present("interviewId", interviewId))
                .orElseThrow(() -> new RuleViolation("interviewId", "names no interview of this opportunity"));
    }
}
