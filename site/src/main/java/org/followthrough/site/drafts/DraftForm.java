package org.followthrough.site.drafts;

import org.followthrough.domain.opportunity.Channel;
import org.jspecify.annotations.Nullable;

/** What the draft page sends back: the text as edited, how it went out, and whether to check it or mark it sent. */
public record DraftForm(@Nullable String subject, @Nullable String body, @Nullable String intent, @Nullable String confirm,
                        @Nullable Channel channel) {

    public String text() {
        return body == null ? "" : body;
    }

    public boolean sending() {
        return "send".equals(intent);
    }

    /** Marking a call as made, from the call plan: there is no letter to check. */
    public boolean called() {
        return "called".equals(intent);
    }
}
