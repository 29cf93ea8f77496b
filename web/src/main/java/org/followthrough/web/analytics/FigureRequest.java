package org.followthrough.web.analytics;

import org.followthrough.domain.shared.Days;
import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.facts.OutcomeStatistics;
import org.followthrough.analytics.Period;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The filters of a figures request, read from query parameters. A bad value is a {@link RuleViolation} naming the
 * parameter, which the API turns into a 400 problem document.
 */
public record FigureRequest(GroupBy groupBy, int within, Period period, Instant asOf) {

    public static final int DEFAULT_WITHIN_DAYS = 14;

    public static FigureRequest read(@Nullable String groupBy, @Nullable String within, @Nullable String from,
                                     @Nullable String to, @Nullable String asOf, ZoneId zone, Clock clock) {
        return new FigureRequest(groupBy(groupBy), within(within), new Period(day("from", from), day("to", to)),
                asOf(asOf, zone, clock));
    }

    static GroupBy groupBy(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return GroupBy.THANK_YOU_TIMING;
        }
        try {
            return GroupBy.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("groupBy", "'" + raw + "' must be one of "
                    + Arrays.stream(GroupBy.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static int within(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_WITHIN_DAYS;
        }
        try {
            int days = Integer.parseInt(raw.strip());
            if (days >= 1 && days <= OutcomeStatistics.LONGEST_WINDOW_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new RuleViolation("within", "'" + raw + "' must be a whole number of days from 1 to "
                + OutcomeStatistics.LONGEST_WINDOW_DAYS);
    }

    static @Nullable LocalDate day(String field, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "'" + raw + "' is not a day, like 2026-03-12");
        }
    }

    /** A day means the end of that day in the viewer's time zone; a '+' sent unencoded arrives as a space. */
    static Instant asOf(@Nullable String raw, ZoneId zone, Clock clock) {
        if (raw == null || raw.isBlank()) {
            return clock.instant();
        }
        String text = raw.strip().replace(' ', '+');
        try {
            if (text.length() == 10) {
                return Days.lastMomentOf(LocalDate.parse(text), zone);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new RuleViolation("asOf", "'" + raw + "' is neither a day (2026-03-12) nor a time with an offset "
                    + "(2026-03-12T16:00:00+01:00)");
        }
    }
}
