package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The candidate's own notes on an interview, the raw material of every draft: about the whole interview, and
 * optionally what was discussed with each interviewer (empty in entries stored before it existed).
 */
public record InterviewNotesRecorded(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId,
                                     @Nullable String wentWell, @Nullable String wentBadly,
                                     @Nullable String stoodOut, @Nullable String forgot,
                                     List<InterviewerNotes> perInterviewer,
                                     Instant writtenAt) implements OpportunityEvent {

    public InterviewNotesRecorded {
        wentWell = Text.FREE.optional("wentWell", wentWell);
        wentBadly = Text.FREE.optional("wentBadly", wentBadly);
        stoodOut = Text.FREE.optional("stoodOut", stoodOut);
        forgot = Text.FREE.optional("forgot", forgot);
        perInterviewer = perInterviewer == null ? List.of() : List.copyOf(perInterviewer);
    }

    /** What was noted about the named interviewer, if anything. */
    public Optional<String> notesOn(String interviewer) {
        return perInterviewer.stream()
                .filter(notes -> Interviewer.key(notes.interviewer()).equals(Interviewer.key(interviewer)))
                .map(InterviewerNotes::notes).findFirst();
    }

    @Override
    public Instant occurredAt() {
        return writtenAt;
    }
}
