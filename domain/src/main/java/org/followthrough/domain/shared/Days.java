package org.followthrough.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Where a day on someone's calendar begins and ends. A day runs from its start, included, to its end, excluded: the
 * end is the first instant of the next day in that zone, however long daylight saving makes the day. Every "end of
 * a day" in the app is computed here.
 */
public final class Days {

    private Days() {
    }

    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Exclusive: the first instant of the next day. Whatever is due on {@code day} is late from here on. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return startOf(day.plusDays(1), zone);
    }

    /**
     * The last instant still on {@code day}: one microsecond, the finest time PostgreSQL keeps, before its end. "As it
     * stood on that day" compares with it inclusively ({@code <=}), as it does with an instant someone names.
     */
    public static Instant lastMomentOf(LocalDate day, ZoneId zone) {
        return endOf(day, zone).minus(1, ChronoUnit.MICROS);
    }
}
