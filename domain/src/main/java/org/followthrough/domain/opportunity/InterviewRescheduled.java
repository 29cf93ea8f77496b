package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A scheduled interview moved to another time; the round and the people stay as they were. */
public record InterviewRescheduled(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                   Instant startsAt, @Nullable Instant endsAt, Instant rescheduledAt)
        implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return rescheduledAt;
    }
}
