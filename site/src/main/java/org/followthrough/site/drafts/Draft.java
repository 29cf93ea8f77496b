package org.followthrough.site.drafts;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.Objects;

/** A message ready for the candidate to edit and send: what it says, to whom, and a link that opens it in their mail app. */
public record Draft(String subject, String body, @Nullable String recipientEmail, URI mailto) {

    public Draft {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(mailto, "mailto");
    }
}
