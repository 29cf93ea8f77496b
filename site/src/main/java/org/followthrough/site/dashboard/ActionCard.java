package org.followthrough.site.dashboard;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * One due action on the dashboard: what, for which opportunity, by when and why, and the one-click form that
 * records it as done (its hidden fields already filled in).
 */
public record ActionCard(String id, String opportunityId, String company, String role, String rule, String action, String dueLabel,
                         boolean overdue, boolean lowPriority, String explanation, String postUrl,
                         Map<String, String> hidden, @Nullable String channel, String doneLabel,
                         @Nullable String formUrl, @Nullable String draftUrl) {

    public ActionCard {
        hidden = Map.copyOf(hidden);
    }

    /** Whether the action can be recorded here in one click (otherwise it needs a form with more to type). */
    public boolean oneClick() {
        return formUrl == null;
    }
}
