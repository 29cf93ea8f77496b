package org.followthrough.analytics.figures;

import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.Period;
import org.followthrough.analytics.facts.OutcomeStatistics;
import org.followthrough.domain.shared.Moment;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The filters of a figures request: how to group, the reply window in days, the period of interviews, and the moment
 * the time-to-reply curves are seen from. Whatever is left out takes its default; a value out of bounds is a
 * {@link RuleViolation} naming its filter.
 */
public record FigureRequest(GroupBy groupBy, int within, Period period, Instant asOf) {

    public static final int DEFAULT_WITHIN_DAYS = 14;

    public static FigureRequest of(@Nullable GroupBy groupBy, @Nullable Integer within, @Nullable LocalDate from,
                                   @Nullable LocalDate to, @Nullable Moment asOf, ZoneId zone, Clock clock) {
        if (within != null && (within < 1 || within > OutcomeStatistics.LONGEST_WINDOW_DAYS)) {
            throw new RuleViolation("within", withinProblem(within));
        }
        return new FigureRequest(groupBy == null ? GroupBy.THANK_YOU_TIMING : groupBy,
                within == null ? DEFAULT_WITHIN_DAYS : within, new Period(from, to),
                asOf == null ? clock.instant() : asOf.asOf(zone));
    }

    public static FigureRequest defaults(ZoneId zone, Clock clock) {
        return of(null, null, null, null, null, zone, clock);
    }

    /**
     * The first day of a period as typed: a month ({@code 2026-09}, from its first day) or a day ({@code 2026-09-14});
     * {@code null} when left out.
     */
    public static @Nullable LocalDate firstDay(String field, @Nullable String typed) {
        return typed == null || typed.isBlank() ? null : day(field, typed, false);
    }

    /** The last day of a period as typed: a month (up to its last day) or a day. */
    public static @Nullable LocalDate lastDay(String field, @Nullable String typed) {
        return typed == null || typed.isBlank() ? null : day(field, typed, true);
    }

    private static LocalDate day(String field, String typed, boolean last) {
        String trimmed = typed.strip();
        try {
            if (trimmed.length() == 7) {
                YearMonth month = YearMonth.parse(trimmed);
                return last ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException unreadable) {
            throw new RuleViolation(field, "'" + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed)
                    + "' is neither a month (YYYY-MM) nor a day (YYYY-MM-DD)");
        }
    }

    /** What is wrong with a reply window that was asked for. */
    public static String withinProblem(Object asked) {
        return "'" + asked + "' must be a whole number of days from 1 to " + OutcomeStatistics.LONGEST_WINDOW_DAYS;
    }
}
