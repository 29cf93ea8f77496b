package org.followthrough.analytics;

import org.followthrough.domain.shared.Days;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Interviews that ended on the days {@code from} to {@code to}, both included; either end may be open. */
public record Period(@Nullable LocalDate from, @Nullable LocalDate to) {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    public static final Period ALL = new Period(null, null);

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolation("to", "is before from; the period would be empty");
        }
    }

    public Instant start(ZoneId zone) {
        return from == null ? EARLIEST : Days.startOf(from, zone);
    }

    /** Exclusive. */
    public Instant end(ZoneId zone) {
        return to == null ? LATEST : Days.endOf(to, zone);
    }
}
