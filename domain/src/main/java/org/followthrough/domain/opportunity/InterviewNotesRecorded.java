package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The candidate's own notes on an interview, the raw material of every draft. */
public record InterviewNotesRecorded(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                     @Nullable String wentWell, @Nullable String wentBadly,
                                     @Nullable String stoodOut, @Nullable String forgot,
                                     Instant writtenAt) implements OpportunityEvent {

    public InterviewNotesRecorded {
        wentWell = Text.FREE.optional("wentWell", wentWell);
        wentBadly = Text.FREE.optional("wentBadly", wentBadly);
        stoodOut = Text.FREE.optional("stoodOut", stoodOut);
        forgot = Text.FREE.optional("forgot", forgot);
    }

    @Override
    public Instant occurredAt() {
        return writtenAt;
    }
}
