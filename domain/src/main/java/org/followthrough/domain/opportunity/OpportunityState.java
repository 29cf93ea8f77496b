package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the aggregate needs to know to decide on the next command: a fold of the effective events. {@code scheduled}
 * holds the interviews announced but not (yet) recorded as held, with their latest times, cancelled ones included;
 * {@code decisionChanges} the latest change of the employer's timeline per held interview.
 */
public record OpportunityState(OpportunityId id, CandidateId owner, String company, String role, Instant openedAt,
                               Map<InterviewId, InterviewHeld> interviews, Map<InterviewId, Scheduled> scheduled,
                               Map<InterviewId, DecisionTimelineChanged> decisionChanges,
                               @Nullable OpportunityClosed closure) {

    /** A scheduled interview as it stands now: moved, perhaps, or called off. */
    public record Scheduled(InterviewScheduled announced, Instant startsAt, @Nullable Instant endsAt, boolean cancelled) {
    }

    public OpportunityState {
        interviews = Collections.unmodifiableMap(new LinkedHashMap<>(interviews));
        scheduled = Collections.unmodifiableMap(new LinkedHashMap<>(scheduled));
        decisionChanges = Collections.unmodifiableMap(new LinkedHashMap<>(decisionChanges));
    }

    static OpportunityState of(List<OpportunityEvent> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof OpportunityOpened opened)) {
            throw new IllegalStateException("an opportunity's history starts with OpportunityOpened");
        }
        OpportunityState state = new OpportunityState(opened.opportunityId(), opened.candidateId(), opened.company(),
                opened.role(), opened.openedAt(), Map.of(), Map.of(), Map.of(), null);
        for (OpportunityEvent event : events.subList(1, events.size())) {
            state = state.evolve(event);
        }
        return state;
    }

    private OpportunityState evolve(OpportunityEvent event) {
        return switch (event) {
            case OpportunityOpened opened -> this;
            case InterviewScheduled announced -> withScheduled(announced.interviewId(),
                    new Scheduled(announced, announced.startsAt(), announced.endsAt(), false));
            case InterviewRescheduled moved -> scheduled(moved.interviewId())
                    .map(current -> withScheduled(moved.interviewId(),
                            new Scheduled(current.announced(), moved.startsAt(), moved.endsAt(), current.cancelled())))
                    .orElse(this);
            case InterviewCancelled cancelled -> scheduled(cancelled.interviewId())
                    .map(current -> withScheduled(cancelled.interviewId(),
                            new Scheduled(current.announced(), current.startsAt(), current.endsAt(), true)))
                    .orElse(this);
            case InterviewHeld held -> {
                Map<InterviewId, InterviewHeld> next = new LinkedHashMap<>(interviews);
                next.put(held.interviewId(), held);
                yield new OpportunityState(id, owner, company, role, openedAt, next, scheduled, decisionChanges, closure);
            }
            case DecisionTimelineChanged changed -> {
                Map<InterviewId, DecisionTimelineChanged> next = new LinkedHashMap<>(decisionChanges);
                next.put(changed.interviewId(), changed);
                yield new OpportunityState(id, owner, company, role, openedAt, interviews, scheduled, next, closure);
            }
            case OpportunityClosed closed -> new OpportunityState(id, owner, company, role, openedAt, interviews,
                    scheduled, decisionChanges, closed);
            case InterviewNotesRecorded notes -> this;
            case ThankYouSent thankYou -> this;
            case FollowUpSent followUp -> this;
            case ConnectionMade connection -> this;
            case DeadlinePassed deadlinePassed -> this;
            case RecruiterReplied reply -> this;
            case CompetingOfferReceived offer -> this;
            case EntryRetracted retraction -> this;
        };
    }

    private OpportunityState withScheduled(InterviewId interviewId, Scheduled interview) {
        Map<InterviewId, Scheduled> next = new LinkedHashMap<>(scheduled);
        next.put(interviewId, interview);
        return new OpportunityState(id, owner, company, role, openedAt, interviews, next, decisionChanges, closure);
    }

    public boolean isClosed() {
        return closure != null;
    }

    public Optional<InterviewHeld> interview(InterviewId interviewId) {
        return Optional.ofNullable(interviews.get(interviewId));
    }

    public Optional<Scheduled> scheduled(InterviewId interviewId) {
        return Optional.ofNullable(scheduled.get(interviewId));
    }

    /** A scheduled interview still to be recorded as held: neither held nor called off. */
    public Optional<Scheduled> pending(InterviewId interviewId) {
        return scheduled(interviewId).filter(interview -> !interview.cancelled() && !interviews.containsKey(interviewId));
    }

    /** What the employer last said about deciding on a held interview: at the interview, or since. */
    public Optional<DecisionTimeline> decisionOn(InterviewId interviewId) {
        DecisionTimelineChanged changed = decisionChanges.get(interviewId);
        return changed != null ? Optional.of(changed.decision()) : interview(interviewId).map(InterviewHeld::decision);
    }

    /** Since when the current decision timeline holds: when they last changed it, or the interview's end. */
    public Optional<Instant> decisionSince(InterviewId interviewId) {
        DecisionTimelineChanged changed = decisionChanges.get(interviewId);
        return changed != null ? Optional.of(changed.toldAt()) : interview(interviewId).map(InterviewHeld::endedAt);
    }

    /** The round a new interview is given when none is named: after every held and every pending one. */
    int nextRound() {
        long pending = scheduled.keySet().stream().filter(interviewId -> pending(interviewId).isPresent()).count();
        return interviews.size() + (int) pending + 1;
    }
}
