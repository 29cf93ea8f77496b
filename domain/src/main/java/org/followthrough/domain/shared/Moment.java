package org.followthrough.domain.shared;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A point in time as people name it for "as of" questions: a day on their calendar ({@code 2026-03-12}) or an instant
 * with an offset ({@code 2026-03-12T16:00:00+01:00}). Which instant a day stands for depends on the question: its end
 * for "as it stood", its start for "from", the next day's start for "up to and including".
 */
public record Moment(@Nullable LocalDate day, @Nullable OffsetDateTime instant) {

    public Moment {
        if ((day == null) == (instant == null)) {
            throw new IllegalArgumentException("a moment is either a day or an instant");
        }
    }

    /** A day, or an instant with an offset; a '+' sent unencoded in a query string arrives as a space and counts as '+'. */
    public static Moment parse(String text) {
        String typed = text.strip().replace(' ', '+');
        try {
            return typed.length() == 10 ? new Moment(LocalDate.parse(typed), null)
                    : new Moment(null, OffsetDateTime.parse(typed));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a day nor a time with an offset", e);
        }
    }

    /** As people write it: the day, or the instant with its offset. */
    @Override
    public String toString() {
        return day != null ? day.toString() : instant.toString();
    }

    /** As it stood then: a day's last moment ({@link Days#lastMomentOf}), or the instant itself. */
    public Instant asOf(ZoneId zone) {
        return day != null ? Days.lastMomentOf(day, zone) : instant.toInstant();
    }

    /** From then on: a day's start, or the instant itself. */
    public Instant from(ZoneId zone) {
        return day != null ? Days.startOf(day, zone) : instant.toInstant();
    }

    /** Up to and including it, as an exclusive end: a day's end, or just after the instant. */
    public Instant until(ZoneId zone) {
        return day != null ? Days.endOf(day, zone) : instant.toInstant().plus(1, ChronoUnit.MICROS);
    }
}
