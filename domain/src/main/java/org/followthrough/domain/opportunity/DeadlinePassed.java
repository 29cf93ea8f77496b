package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.time.LocalDate;

/** The day the employer named has ended with no word from them. Raised by the system, never typed. */
public record DeadlinePassed(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                             LocalDate statedDate, Instant passedAt) implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return passedAt;
    }
}
