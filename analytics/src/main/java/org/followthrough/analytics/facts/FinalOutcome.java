package org.followthrough.analytics.facts;

import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.ReplyKind;
import org.jspecify.annotations.Nullable;

/** How an opportunity ended, in the words of the coach's figures; an opportunity without one is still open. */
public enum FinalOutcome {
    OFFER, REJECTION, GHOSTED, WITHDRAWN;

    static FinalOutcome of(Outcome closed) {
        return switch (closed) {
            case ACCEPTED_OFFER -> OFFER;
            case REJECTED -> REJECTION;
            case GHOSTED -> GHOSTED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    /** An offer or a rejection settles the question even before the candidate closes the opportunity. */
    static @Nullable FinalOutcome of(ReplyKind reply) {
        return switch (reply) {
            case OFFER -> OFFER;
            case REJECTION -> REJECTION;
            case NEXT_ROUND, NEEDS_INFO, CONCERN, UPDATE -> null;
        };
    }
}
