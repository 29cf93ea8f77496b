package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;

/**
 * Everything that can happen to an opportunity. Sealed, so that every fold over the history
 * (state, policy, projections) stops compiling until it handles a new kind of event.
 */
public sealed interface OpportunityEvent
        permits OpportunityOpened, InterviewScheduled, InterviewRescheduled, InterviewCancelled, InterviewHeld,
        InterviewNotesRecorded, ThankYouSent, FollowUpSent, ConnectionMade, DeadlinePassed, DecisionTimelineChanged,
        RecruiterReplied, CompetingOfferReceived, OpportunityClosed, EntryRetracted {

    OpportunityId opportunityId();

    CandidateId candidateId();

    /** When it happened in the world, as the candidate says; may be long before it was recorded. */
    Instant occurredAt();
}
