package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.util.List;

public record RecordInterviewNotes(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                                   InterviewId interviewId, @Nullable String wentWell, @Nullable String wentBadly,
                                   @Nullable String stoodOut, @Nullable String forgot,
                                   @Nullable List<InterviewerNotes> perInterviewer) implements OpportunityCommand {

    /** Notes on the whole interview only. */
    public RecordInterviewNotes(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                @Nullable String wentWell, @Nullable String wentBadly, @Nullable String stoodOut,
                                @Nullable String forgot) {
        this(opportunityId, candidateId, interviewId, wentWell, wentBadly, stoodOut, forgot, null);
    }
}
