package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.Text;

/** What the candidate discussed with one interviewer, so that each thank-you can say something of its own. */
public record InterviewerNotes(String interviewer, String notes) {

    public InterviewerNotes {
        interviewer = Text.LINE.required("interviewer", interviewer);
        notes = Text.FREE.required("notes", notes);
    }
}
