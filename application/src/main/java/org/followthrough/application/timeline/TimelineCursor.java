package org.followthrough.application.timeline;

import org.followthrough.domain.shared.RuleViolation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A position in the timeline's order (occurred, then opportunity, then place in its stream, all descending): unique
 * for every entry, so entries at the same moment are never skipped or repeated between pages. Pages continue after a
 * position rather than at an offset, so an entry recorded meanwhile never shifts the next page.
 */
public record TimelineCursor(Instant occurredAt, UUID opportunityId, long sequence) {

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "." + opportunityId + "." + sequence;
    }

    public static TimelineCursor parse(String field, String token) {
        String[] parts = token.split("\\.", -1);
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException(token);
            }
            return new TimelineCursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                    UUID.fromString(parts[1]), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "is not a position in the timeline; use the 'next' value of the previous page");
        }
    }
}
