package org.followthrough.application.drafts;

import org.followthrough.domain.drafts.CallPlan;
import org.followthrough.domain.drafts.DraftCheck;
import org.followthrough.domain.drafts.DraftContext;
import org.followthrough.domain.drafts.DraftProblem;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.ReplyKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything a draft for one due action is written from — the candidate's notes, the person it is for, the dates
 * that matter — and what the finished text will be checked against.
 */
public record DraftMaterial(DueAction action, String candidateName, String company, String role, ZoneId zone,
                            @Nullable Interviewer recipient, @Nullable InterviewHeld interview,
                            @Nullable InterviewNotesRecorded notes, @Nullable String concern,
                            @Nullable LocalDate offerAnswerBy, @Nullable ReplyKind decision, int checkIn,
                            DraftContext checks) {

    /**
     * The plan for making this follow-up a phone call instead of a letter; {@code phone}: the candidate's number from
     * their signature, if they gave one.
     */
    public CallPlan callPlan(@Nullable String phone) {
        List<String> noted = new ArrayList<>();
        if (notes != null) {
            if (recipient != null) {
                notes.notesOn(recipient.name()).ifPresent(noted::add);
            }
            Stream.of(notes.stoodOut(), notes.wentWell(), notes.forgot()).filter(Objects::nonNull).forEach(noted::add);
        }
        return CallPlan.of(new CallPlan.Facts(action.rule(), candidateName, company, role, recipient,
                interview == null ? List.of() : interview.interviewers(),
                interview == null ? null : LocalDate.ofInstant(interview.startedAt() == null ? interview.endedAt()
                        : interview.startedAt(), zone),
                interview == null ? null : interview.decision(), noted, phone));
    }

    /** What is wrong with {@code text} as this message: too long, placeholders left, the wrong names, words repeated. */
    public List<String> problemsIn(String text) {
        return DraftCheck.check(text, checks).stream().map(DraftProblem::message).toList();
    }
}
