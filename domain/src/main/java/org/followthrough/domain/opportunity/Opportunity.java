package org.followthrough.domain.opportunity;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.followthrough.domain.shared.InterviewId;
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
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The event-sourced opportunity. It turns each command into its event and records it when {@link OpportunityRules}
 * admit it after the recorded history; it never changes state outside its event-sourcing handler. What only a command
 * does stays here: filling in what the candidate left out (now, the next round, a scheduled interview's people) and
 * naming people as the interviews list them.
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
        recordAsStated(command.openedAt(), clock, at -> new OpportunityOpened(command.opportunityId(),
                command.candidateId(), command.company(), command.role(), at));
    }

    @CommandHandler
    public long handle(ScheduleInterview command, Clock clock) {
        OpportunityState state = stateFor(command);
        int round = command.round() == null ? state.nextRound() : command.round();
        recordAsStated(command.scheduledAt(), clock, at -> new InterviewScheduled(command.opportunityId(),
                command.candidateId(), command.interviewId(), round, command.startsAt(), command.endsAt(),
                command.interviewers(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(RescheduleInterview command, Clock clock) {
        stateFor(command);
        recordAsStated(command.rescheduledAt(), clock, at -> new InterviewRescheduled(command.opportunityId(),
                command.candidateId(), command.interviewId(), command.startsAt(), command.endsAt(), at));
        return recorded();
    }

    @CommandHandler
    public long handle(CancelInterview command, Clock clock) {
        stateFor(command);
        recordAsStated(command.cancelledAt(), clock, at -> new InterviewCancelled(command.opportunityId(),
                command.candidateId(), command.interviewId(), command.reason(), at));
        return recorded();
    }

    /**
     * An interview that took place. Naming a scheduled interview records that one as held, keeping its id; its round
     * and, when none are given, its interviewers are taken over.
     */
    @CommandHandler
    public long handle(RecordInterview command, Clock clock, DeadlineManager deadlines) {
        OpportunityState state = stateFor(command);
        Optional<InterviewScheduled> announced = state.scheduled(command.interviewId())
                .map(OpportunityState.Scheduled::announced);
        List<Interviewer> interviewers = command.interviewers();
        if (interviewers != null && interviewers.isEmpty() && announced.isPresent()) {
            interviewers = announced.get().interviewers();
        }
        int round = command.round() != null ? command.round()
                : announced.map(InterviewScheduled::round).orElse(state.interviews().size() + 1);
        record(new InterviewHeld(command.opportunityId(), command.candidateId(), command.interviewId(), round,
                command.startedAt(), command.endedAt(), interviewers, command.decision()), clock.instant(), command.zone());
        long sequence = recorded();
        scheduleDecisionDeadline(command.interviewId(), command.decision(), command.zone(), clock, deadlines);
        return sequence;
    }

    /**
     * The employer moved their date. The persistent deadline follows: the old one is cancelled and the new one set
     * (or, for a day already over, marked at once); a DeadlinePassed recorded for the old day is taken back when they
     * moved it before that day had gone by, since the day did not in fact pass without word.
     */
    @CommandHandler
    public long handle(RecordDecisionTimelineChange command, Clock clock, DeadlineManager deadlines) {
        stateFor(command);
        Instant now = clock.instant();
        record(new DecisionTimelineChanged(command.opportunityId(), command.candidateId(), command.interviewId(),
                command.decision(), command.toldAt()), now, command.zone());
        long sequence = recorded();
        takeBackDisprovedDeadlines("they moved their date before it went by", now);
        deadlines.cancelAllWithinScope(DecisionDeadline.NAME);
        OpportunityState changed = history.state();
        for (InterviewHeld held : changed.interviews().values()) {
            changed.decisionOn(held.interviewId()).ifPresent(decision ->
                    scheduleDecisionDeadline(held.interviewId(), decision, command.zone(), clock, deadlines));
        }
        return sequence;
    }

    /** Sets the deadline at the end of the stated day, or marks the day as passed at once when it is already over. */
    private void scheduleDecisionDeadline(InterviewId interviewId, DecisionTimeline decision, ZoneId zone, Clock clock,
                                          DeadlineManager deadlines) {
        DecisionDeadline.of(interviewId, decision, zone).ifPresent(deadline -> {
            if (deadline.isAfter(clock.instant())) {
                deadlines.schedule(deadline.endOfDay(), DecisionDeadline.NAME, deadline);
            } else {
                markDeadlinePassed(deadline, clock.instant());
            }
        });
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
        if (OpportunityRules.deadlineStillOwed(history, deadline.interviewId(), deadline.statedDate(), deadline.endOfDay())) {
            OpportunityState state = history.state();
            record(new DeadlinePassed(state.id(), state.owner(), deadline.interviewId(), deadline.statedDate(),
                    deadline.endOfDay()), now, null);
        }
    }

    /** Notes on the person an interview lists name them as it does, however the command spells them. */
    @CommandHandler
    public long handle(RecordInterviewNotes command, Clock clock) {
        OpportunityState state = stateFor(command);
        List<Interviewer> people = interviewersOf(state, command.interviewId());
        List<InterviewerNotes> perInterviewer = command.perInterviewer() == null ? null : command.perInterviewer().stream()
                .map(notes -> notes == null ? null : new InterviewerNotes(asListed(people, notes.interviewer()), notes.notes()))
                .toList();
        Instant now = clock.instant();
        record(new InterviewNotesRecorded(command.opportunityId(), command.candidateId(), command.interviewId(),
                command.wentWell(), command.wentBadly(), command.stoodOut(), command.forgot(), perInterviewer, now), now, null);
        return recorded();
    }

    /** The interviewer is recorded under the name the interview lists them by, however the command spells it. */
    @CommandHandler
    public long handle(RecordThankYou command, Clock clock) {
        OpportunityState state = stateFor(command);
        String interviewer = asListed(interviewersOf(state, command.interviewId()),
                Text.LINE.required("interviewer", command.interviewer()));
        record(new ThankYouSent(command.opportunityId(), command.candidateId(), command.interviewId(), interviewer,
                command.channel(), command.sentAt(), command.message(), command.askedAboutNextSteps()),
                clock.instant(), null);
        return recorded();
    }

    @CommandHandler
    public long handle(RecordFollowUp command, Clock clock) {
        stateFor(command);
        record(new FollowUpSent(command.opportunityId(), command.candidateId(), command.purpose(), command.channel(),
                command.sentAt(), command.recipient(), command.message()), clock.instant(), null);
        return recorded();
    }

    /** A LinkedIn connection; someone from the interviews is named as the interviews list them. */
    @CommandHandler
    public long handle(RecordConnection command, Clock clock) {
        OpportunityState state = stateFor(command);
        List<Interviewer> everyone = state.interviews().values().stream()
                .flatMap(interview -> interview.interviewers().stream())
                .toList();
        record(new ConnectionMade(command.opportunityId(), command.candidateId(),
                asListed(everyone, Text.LINE.required("person", command.person())), command.connectedAt()),
                clock.instant(), null);
        return recorded();
    }

    @CommandHandler
    public long handle(RecordRecruiterReply command, Clock clock) {
        stateFor(command);
        Instant now = clock.instant();
        record(new RecruiterReplied(command.opportunityId(), command.candidateId(), command.kind(), command.receivedAt(),
                command.note()), now, null);
        long sequence = recorded();
        takeBackDisprovedDeadlines("they had replied before the day went by", now);
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
            throw new RuleViolation("sequence",
                    "names a deadline the app recorded; record the employer's reply or their new date instead");
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
     * The entry just recorded (a reply, a moved date) may show that a stated day did not in fact go by without word:
     * the app's own DeadlinePassed entries it disproves ({@link OpportunityRules}) are then taken back, with the reason.
     */
    private void takeBackDisprovedDeadlines(String reason, Instant now) {
        for (OpportunityHistory.Entry entry : history.entries()) {
            if (entry.event() instanceof DeadlinePassed passed && !history.isRetracted(entry.sequence())
                    && OpportunityRules.disprovedByTheLatestEntry(history, passed)) {
                record(new EntryRetracted(passed.opportunityId(), passed.candidateId(), entry.sequence(), reason, now),
                        now, null);
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
            throw new NotFound("opportunity", command.opportunityId());
        }
        return state;
    }

    /** Records the entry as happened when the candidate says it did ({@code stated}), or now when they do not say. */
    private void recordAsStated(@Nullable Instant stated, Clock clock, Function<Instant, OpportunityEvent> entry) {
        Instant now = clock.instant();
        record(entry.apply(stated == null ? now : stated), now, null);
    }

    /** The people a held interview lists; none when there is no such interview (the rules then refuse the entry). */
    private static List<Interviewer> interviewersOf(OpportunityState state, @Nullable InterviewId interviewId) {
        return interviewId == null ? List.of()
                : state.interview(interviewId).map(InterviewHeld::interviewers).orElse(List.of());
    }

    /** The name as {@code people} list that person, or as given when nobody there is called so. */
    private static String asListed(List<Interviewer> people, String name) {
        return people.stream().filter(person -> person.isCalled(name)).map(Interviewer::name).findFirst().orElse(name);
    }
}
