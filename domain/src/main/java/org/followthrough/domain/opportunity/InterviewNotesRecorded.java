package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The candidate's own notes on an interview, the raw material of every draft. */
public record InterviewNotesRecorded(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                     @Nullable String wentWell, @Nullable String wentBadly,
                                     @Nullable String stoodOut, @Nullable String forgot,
                                     Instant writtenAt) implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return writtenAt;
    }
}
