package org.followthrough.domain.shared;

import java.time.Duration;
import java.time.Instant;

/** Rules about the times people type in: backdating is normal, the future is not. */
public final class Times {

    /** Clocks differ a little between a phone and the server; more than this is a typo. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private Times() {
    }

    public static Instant notInTheFuture(String field, Instant value, Instant now) {
        if (value.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new RuleViolation(field, "is in the future (" + value + "); record things once they have happened");
        }
        return value;
    }
}
