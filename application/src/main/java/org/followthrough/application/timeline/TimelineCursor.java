package org.followthrough.application.timeline;

import org.followthrough.domain.shared.RuleViolation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A position in the timeline's order (occurred, then store position, both descending). Pages continue after a
 * position rather than at an offset, so an entry recorded meanwhile never shifts the next page.
 */
public record TimelineCursor(Instant occurredAt, long globalIndex) {

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "." + globalIndex;
    }

    public static TimelineCursor parse(String field, String token) {
        int dot = token.indexOf('.');
        try {
            long micros = Long.parseLong(token.substring(0, dot));
            return new TimelineCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), Long.parseLong(token.substring(dot + 1)));
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "is not a position in the timeline; use the 'next' value of the previous page");
        }
    }
}
