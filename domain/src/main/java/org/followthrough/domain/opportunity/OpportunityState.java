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

/** What the aggregate needs to know to decide on the next command: a fold of the effective events. */
public record OpportunityState(OpportunityId id, CandidateId owner, String company, String role, Instant openedAt,
                               Map<InterviewId, InterviewHeld> interviews, @Nullable OpportunityClosed closure) {

    public OpportunityState {
        interviews = Collections.unmodifiableMap(new LinkedHashMap<>(interviews));
    }

    static OpportunityState of(List<OpportunityEvent> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof OpportunityOpened opened)) {
            throw new IllegalStateException("an opportunity's history starts with OpportunityOpened");
        }
        OpportunityState state = new OpportunityState(opened.opportunityId(), opened.candidateId(), opened.company(),
                opened.role(), opened.openedAt(), Map.of(), null);
        for (OpportunityEvent event : events.subList(1, events.size())) {
            state = state.evolve(event);
        }
        return state;
    }

    private OpportunityState evolve(OpportunityEvent event) {
        return switch (event) {
            case OpportunityOpened opened -> this;
            case InterviewHeld held -> {
                Map<InterviewId, InterviewHeld> next = new LinkedHashMap<>(interviews);
                next.put(held.interviewId(), held);
                yield new OpportunityState(id, owner, company, role, openedAt, next, closure);
            }
            case OpportunityClosed closed -> new OpportunityState(id, owner, company, role, openedAt, interviews, closed);
            case InterviewNotesRecorded notes -> this;
            case ThankYouSent thankYou -> this;
            case FollowUpSent followUp -> this;
            case DeadlinePassed deadlinePassed -> this;
            case RecruiterReplied reply -> this;
            case CompetingOfferReceived offer -> this;
            case EntryRetracted retraction -> this;
        };
    }

    public boolean isClosed() {
        return closure != null;
    }

    public Optional<InterviewHeld> interview(InterviewId interviewId) {
        return Optional.ofNullable(interviews.get(interviewId));
    }
}
