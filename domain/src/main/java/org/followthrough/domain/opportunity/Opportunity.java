package org.followthrough.domain.opportunity;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The event-sourced opportunity. It turns each command into its event and records it when {@link OpportunityRules}
 * admit it after the recorded history; it never changes state outside its event-sourcing handler.
 */
public class Opportunity {

    @AggregateIdentifier
    private OpportunityId id;
    private OpportunityHistory history = OpportunityHistory.empty();

    protected Opportunity() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Opportunity(OpenOpportunity command, Clock clock) {
        Instant now = clock.instant();
        record(new OpportunityOpened(command.opportunityId(), command.candidateId(), command.company(), command.role(),
                command.openedAt() == null ? now : command.openedAt()), now, null);
    }

    @CommandHandler
    public long handle(RecordInterview command, Clock clock, DeadlineManager deadlines) {
        OpportunityState state = stateFor(command);
        int round = command.round() == null ? state.interviews().size() + 1 : command.round();
        record(new InterviewHeld(command.opportunityId(), command.candidateId(), command.interviewId(), round,
                command.startedAt(), command.endedAt(), command.interviewers(), command.decision()),
                clock.instant(), command.zone());
        long sequence = recorded();
        DecisionTimeline decision = command.decision();
        if (decision.date() != null) {
            Instant endOfDay = decision.date().plusDays(1).atStartOfDay(command.zone()).toInstant();
            DecisionDeadline deadline = new DecisionDeadline(command.interviewId(), decision.date(), endOfDay);
            if (endOfDay.isAfter(clock.instant())) {
                deadlines.schedule(endOfDay, DecisionDeadline.NAME, deadline);
            } else {
                markDeadlinePassed(deadline, clock.instant());
            }
        }
        return sequence;
    }

    /**
     * The employer's stated day has ended: record it unless they replied first or it no longer applies. The deadline
     * falls due at the end of the day, so that is when the entry counts as recorded.
     */
    @DeadlineHandler(deadlineName = DecisionDeadline.NAME)
    void decisionDayEnded(DecisionDeadline deadline) {
        markDeadlinePassed(deadline, deadline.endOfDay());
    }

    private void markDeadlinePassed(DecisionDeadline deadline, Instant now) {
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
        record(new DeadlinePassed(state.id(), state.owner(), deadline.interviewId(), deadline.statedDate(),
                deadline.endOfDay()), now, null);
    }

    @CommandHandler
    public long handle(RecordInterviewNotes command, Clock clock) {
        stateFor(command);
        Instant now = clock.instant();
        record(new InterviewNotesRecorded(command.opportunityId(), command.candidateId(), command.interviewId(),
                command.wentWell(), command.wentBadly(), command.stoodOut(), command.forgot(), now), now, null);
        return recorded();
    }

    /** The interviewer is recorded under the name the interview lists them by, however the command spells it. */
    @CommandHandler
    public long handle(RecordThankYou command, Clock clock) {
        OpportunityState state = stateFor(command);
        String named = Text.LINE.required("interviewer", command.interviewer());
        String interviewer = state.interview(command.interviewId()).stream()
                .flatMap(interview -> interview.interviewers().stream())
                .filter(person -> person.isCalled(named))
                .map(Interviewer::name)
                .findFirst()
                .orElse(named);
        record(new ThankYouSent(command.opportunityId(), command.candidateId(), command.interviewId(), interviewer,
                command.channel(), command.sentAt(), command.message()), clock.instant(), null);
        return recorded();
    }

    @CommandHandler
    public long handle(RecordFollowUp command, Clock clock) {
        stateFor(command);
        record(new FollowUpSent(command.opportunityId(), command.candidateId(), command.purpose(), command.channel(),
                command.sentAt(), command.recipient(), command.message()), clock.instant(), null);
        return recorded();
    }

    @CommandHandler
    public long handle(RecordRecruiterReply command, Clock clock) {
        stateFor(command);
        record(new RecruiterReplied(command.opportunityId(), command.candidateId(), command.kind(), command.receivedAt(),
                command.note()), clock.instant(), null);
        long sequence = recorded();
        withdrawDeadlinesPassedBefore(command.receivedAt(), clock);
        return sequence;
    }

    @CommandHandler
    public long handle(RecordCompetingOffer command, Clock clock) {
        stateFor(command);
        record(new CompetingOfferReceived(command.opportunityId(), command.candidateId(), command.receivedAt(),
                command.respondBy()), clock.instant(), command.zone());
        return recorded();
    }

    @CommandHandler
    public long handle(CloseOpportunity command, Clock clock) {
        stateFor(command);
        try {
            record(new OpportunityClosed(command.opportunityId(), command.candidateId(), command.outcome(), command.at()),
                    clock.instant(), null);
        } catch (RuleViolation violation) {
            throw violation.renamed("closedAt", "at");
        }
        return recorded();
    }

    /** The candidate may take back what they recorded, not what the app recorded by itself. */
    @CommandHandler
    public long handle(RetractEntry command, Clock clock) {
        stateFor(command);
        if (history.entry(command.sequence()).map(entry -> entry.event() instanceof DeadlinePassed).orElse(false)) {
            throw new RuleViolation("sequence", "names a deadline the app recorded; record the employer's reply instead");
        }
        Instant now = clock.instant();
        try {
            record(new EntryRetracted(command.opportunityId(), command.candidateId(), command.sequence(), command.reason(),
                    now), now, null);
        } catch (RuleViolation violation) {
            throw violation.renamed("retractedSequence", "sequence");
        }
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
                Instant now = clock.instant();
                record(new EntryRetracted(passed.opportunityId(), passed.candidateId(), entry.sequence(),
                        "they had replied before the day went by", now), now, null);
            }
        }
    }

    /** Records the entry if the history admits it ({@link OpportunityRules}); the same rules the import applies. */
    private void record(OpportunityEvent entry, Instant now, @Nullable ZoneId zone) {
        OpportunityRules.admit(history, entry, now, zone);
        apply(entry);
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
}
