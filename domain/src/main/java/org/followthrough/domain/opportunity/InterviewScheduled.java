package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An interview is coming: when it starts (and ends, when known), which round, and whom the candidate expects to meet.
 * Recording it as held later keeps {@code interviewId}. It happened in the world when the candidate learned of it
 * ({@code scheduledAt}), not when it takes place.
 */
public record InterviewScheduled(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                 int round, Instant startsAt, @Nullable Instant endsAt, List<Interviewer> interviewers,
                                 Instant scheduledAt) implements OpportunityEvent {

    public InterviewScheduled {
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
    }

    @Override
    public Instant occurredAt() {
        return scheduledAt;
    }
}
