package org.followthrough.domain.followup;

import org.followthrough.domain.shared.OpportunityId;

import java.util.List;

/**
 * Why some rules hold back on an opportunity for now: the ball is in the candidate's court, or the process is moving
 * and the employer's silence means nothing yet. {@code paused} names the rules that wait.
 */
public record Waiting(OpportunityId opportunityId, Reason reason, List<Rule> paused, String explanation) {

    public Waiting {
        paused = List.copyOf(paused);
    }

    /** The situations in which silence does not count. */
    public enum Reason {
        /** They raised a concern the candidate has not answered. */
        CONCERN_UNANSWERED,
        /** They asked for information the candidate has not sent. */
        INFORMATION_REQUESTED,
        /** They invited the candidate to another round that has not taken place yet. */
        NEXT_ROUND_INVITED,
        /** An interview is scheduled and not yet recorded as held (or cancelled). */
        INTERVIEW_SCHEDULED
    }
}
