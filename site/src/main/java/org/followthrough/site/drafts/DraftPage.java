package org.followthrough.site.drafts;

import org.followthrough.domain.drafts.CallPlan;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.Interviewer;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The draft page: the action it is for, the editable subject and text, a mailto link for them, and the problems
 * the check found. {@code needsConfirmation} asks "send anyway?" before a draft with problems is marked as sent.
 * With a {@code callPlan} (the follow-up goes by phone) the page shows the plan instead of the letter.
 */
public record DraftPage(String opportunityId, String actionKey, String action, String explanation, String context,
                        String subject, String body, String mailto, @Nullable String recipientEmail,
                        List<String> problems, boolean checked, boolean needsConfirmation, String channel,
                        @Nullable CallPlan callPlan) {

    public DraftPage {
        problems = List.copyOf(problems);
    }

    /**
     * The page for a draft of {@code action} to {@code recipient}, showing {@code problems} (the check's, or what
     * stood in the way of recording it); {@code channel}: how it is going out, if chosen (else as suggested, or e-mail).
     */
    public static DraftPage of(DueAction action, String company, String role, @Nullable Interviewer recipient,
                               String subject, String body, List<String> problems, boolean checked,
                               boolean needsConfirmation, @Nullable String channel) {
        String email = recipient == null ? null : recipient.email();
        return new DraftPage(action.opportunityId().toString(), action.key(), action.action(), action.explanation(),
                role + " at " + company, subject, body, Mailto.link(email, subject, body).toString(), email, problems,
                checked, needsConfirmation,
                channel != null ? channel : action.hint().channel() == null ? "EMAIL" : action.hint().channel().name(),
                null);
    }

    /** The same page for a call: the plan instead of the letter. */
    public DraftPage calling(CallPlan plan) {
        return new DraftPage(opportunityId, actionKey, action, explanation, context, subject, body, mailto,
                recipientEmail, problems, checked, needsConfirmation, "PHONE", plan);
    }

    public String postUrl() {
        return "/opportunities/" + opportunityId + "/drafts";
    }

    public boolean clean() {
        return checked && problems.isEmpty();
    }
}
