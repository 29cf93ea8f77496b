package org.followthrough.site.drafts;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The draft page: the action it is for, the editable subject and text, a mailto link for them, and the problems
 * the check found. {@code needsConfirmation} asks "send anyway?" before a draft with problems is marked as sent.
 */
public record DraftPage(String opportunityId, String actionKey, String action, String explanation, String context,
                        String subject, String body, String mailto, @Nullable String recipientEmail,
                        List<String> problems, boolean checked, boolean needsConfirmation, String channel) {

    public DraftPage {
        problems = List.copyOf(problems);
    }

    public String postUrl() {
        return "/opportunities/" + opportunityId + "/drafts";
    }

    public boolean clean() {
        return checked && problems.isEmpty();
    }
}
