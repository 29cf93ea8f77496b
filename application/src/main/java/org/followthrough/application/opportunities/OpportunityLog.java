package org.followthrough.application.opportunities;

import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.OpportunityState;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One opportunity's recorded events, as its owner reads them, with what the domain makes of them: which entries a
 * correction took back, which still count.
 */
public record OpportunityLog(List<RecordedEvent> events, OpportunityHistory history) {

    public OpportunityLog {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an opportunity's log starts with its opening");
        }
    }

    public static OpportunityLog of(List<RecordedEvent> events) {
        return new OpportunityLog(events, OpportunityHistory.ofEntries(events.stream()
                .map(recorded -> new OpportunityHistory.Entry(recorded.sequence(), recorded.event()))
                .toList()));
    }

    public OpportunityId opportunityId() {
        return opened().opportunityId();
    }

    public OpportunityOpened opened() {
        return (OpportunityOpened) events.getFirst().event();
    }

    public boolean isRetracted(RecordedEvent recorded) {
        return history.isRetracted(recorded.sequence());
    }

    public long lastSequence() {
        return events.getLast().sequence();
    }

    /** The log as it stood right after entry {@code sequence}. */
    public OpportunityLog upTo(long sequence) {
        return of(events.stream().filter(recorded -> recorded.sequence() <= sequence).toList());
    }

    /** What the record forms offer to choose from: the interviews (the last recorded first) and the people met. */
    public Choices choices() {
        List<InterviewHeld> interviews = new ArrayList<>();
        Map<String, Interviewer> people = new LinkedHashMap<>();
        for (OpportunityEvent event : history.effectiveEvents()) {
            if (event instanceof InterviewHeld held) {
                interviews.addFirst(held);
                held.interviewers().forEach(person -> people.putIfAbsent(Interviewer.key(person.name()), person));
            }
        }
        return new Choices(opened().company(), opened().role(), interviews, List.copyOf(people.values()));
    }

    /** A scheduled interview still to be recorded as held (neither held nor called off), as it stands now. */
    public Optional<OpportunityState.Scheduled> pending(InterviewId interviewId) {
        return history.state().pending(interviewId);
    }

    /** The scheduled interviews still to be recorded as held, the soonest first. */
    public List<OpportunityState.Scheduled> upcoming() {
        OpportunityState state = history.state();
        return state.scheduled().keySet().stream()
                .flatMap(interviewId -> state.pending(interviewId).stream())
                .sorted(Comparator.comparing(OpportunityState.Scheduled::startsAt))
                .toList();
    }

    /** An opportunity's interviews and the people met in them, as the forms offer them. */
    public record Choices(String company, String role, List<InterviewHeld> interviews, List<Interviewer> interviewers) {

        public Choices {
            interviews = List.copyOf(interviews);
            interviewers = List.copyOf(interviewers);
        }
    }
}
