package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;

/**
 * The employer told the candidate, at {@code toldAt}, that their decision on the interview now comes by another
 * timeline. It replaces what they said at the interview; the persistent deadline follows it.
 */
public record DecisionTimelineChanged(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                      DecisionTimeline decision, Instant toldAt) implements OpportunityEvent {

    @Override
    public Instant occurredAt() {
        return toldAt;
    }
}
