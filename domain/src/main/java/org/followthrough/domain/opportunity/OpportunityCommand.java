package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

/** A candidate's request to change one of their opportunities; {@link #candidateId()} is who asks. */
public sealed interface OpportunityCommand
        permits OpenOpportunity, ScheduleInterview, RescheduleInterview, CancelInterview, RecordInterview,
        RecordInterviewNotes, RecordThankYou, RecordFollowUp, RecordConnection, RecordDecisionTimelineChange,
        RecordRecruiterReply, RecordCompetingOffer, CloseOpportunity, RetractEntry {

    OpportunityId opportunityId();

    CandidateId candidateId();
}
