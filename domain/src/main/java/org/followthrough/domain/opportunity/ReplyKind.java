package org.followthrough.domain.opportunity;

/** What the employer's reply said. */
public enum ReplyKind {
    NEXT_ROUND, OFFER, REJECTION, NEEDS_INFO, CONCERN, UPDATE;

    /** A reply that settles the application one way or the other. */
    public boolean isDecision() {
        return this == OFFER || this == REJECTION;
    }
}
