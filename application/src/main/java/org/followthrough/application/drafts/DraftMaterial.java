package org.followthrough.application.drafts;

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
import java.util.List;

/**
 * Everything a draft for one due action is written from — the candidate's notes, the person it is for, the dates
 * that matter — and what the finished text will be checked against.
 */
public record DraftMaterial(DueAction action, String candidateName, String company, String role, ZoneId zone,
                            @Nullable Interviewer recipient, @Nullable InterviewHeld interview,
                            @Nullable InterviewNotesRecorded notes, @Nullable String concern,
                            @Nullable LocalDate offerAnswerBy, @Nullable ReplyKind decision, int checkIn,
                            DraftContext checks) {

    /** What is wrong with {@code text} as this message: too long, placeholders left, the wrong names, words repeated. */
    public List<String> problemsIn(String text) {
        return DraftCheck.check(text, checks).stream().map(DraftProblem::message).toList();
    }
}
