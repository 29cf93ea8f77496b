package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.shared.InterviewId;
import org.jspecify.annotations.Nullable;

/**
 * What recording the action as done would take, so a page can offer it in one click with the form filled in:
 * which form, and the values the action already knows.
 */
public record RecordHint(Form form, @Nullable InterviewId interviewId, @Nullable String interviewer,
                         @Nullable String recipientEmail, @Nullable FollowUpPurpose purpose,
                         @Nullable Channel channel, @Nullable Outcome outcome) {

    /**
     * The kind of entry that completes the action: {@code INTERVIEW} records a scheduled interview as held (or leads
     * to cancelling or moving it); {@code NONE} is a reminder with nothing to record, which lapses when its moment
     * has passed.
     */
    public enum Form { THANK_YOU, NOTES, FOLLOW_UP, CLOSE, INTERVIEW, NONE }

    public static RecordHint thankYou(InterviewId interviewId, @Nullable String interviewer, @Nullable String email,
                                      Channel channel) {
        return new RecordHint(Form.THANK_YOU, interviewId, interviewer, email, null, channel, null);
    }

    public static RecordHint notes(InterviewId interviewId) {
        return new RecordHint(Form.NOTES, interviewId, null, null, null, null, null);
    }

    public static RecordHint followUp(FollowUpPurpose purpose, Channel channel, @Nullable String recipient,
                                      @Nullable String email) {
        return new RecordHint(Form.FOLLOW_UP, null, recipient, email, purpose, channel, null);
    }

    /** Record the scheduled interview as held, its details filled in from the schedule. */
    public static RecordHint interview(InterviewId interviewId) {
        return new RecordHint(Form.INTERVIEW, interviewId, null, null, null, null, null);
    }

    /** Nothing to record: a reminder about the interview. */
    public static RecordHint reminder(InterviewId interviewId) {
        return new RecordHint(Form.NONE, interviewId, null, null, null, null, null);
    }

    public static RecordHint close(Outcome outcome) {
        return new RecordHint(Form.CLOSE, null, null, null, null, null, outcome);
    }
}
