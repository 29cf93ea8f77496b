package org.followthrough.analytics;

import org.followthrough.domain.shared.Days;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

    /**
     * The same period widened to whole calendar months: {@code from} back to the first of its month, {@code to} on to
     * the last of its month. Two periods that differ by a few days inside the same months become the same period.
     */
    public Period wholeMonths() {
        return new Period(from == null ? null : from.withDayOfMonth(1),
                to == null ? null : YearMonth.from(to).atEndOfMonth());
    }

    public Instant start(ZoneId zone) {
        return from == null ? EARLIEST : Days.startOf(from, zone);
    }

    /** Exclusive. */
    public Instant end(ZoneId zone) {
        return to == null ? LATEST : Days.endOf(to, zone);
    }
}
