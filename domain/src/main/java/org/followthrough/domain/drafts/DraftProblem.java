package org.followthrough.domain.drafts;

import java.util.Objects;

/** Something to fix in a draft before sending it, said so the candidate knows what to change. */
public record DraftProblem(Kind kind, String message) {

    public enum Kind { TOO_LONG, PLACEHOLDER, OTHER_COMPANY, OTHER_INTERVIEWER, SAME_TEXT }

    public DraftProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
