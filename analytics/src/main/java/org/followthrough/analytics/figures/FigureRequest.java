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
import java.time.ZoneId;

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

    /** What is wrong with a reply window that was asked for. */
    public static String withinProblem(Object asked) {
        return "'" + asked + "' must be a whole number of days from 1 to " + OutcomeStatistics.LONGEST_WINDOW_DAYS;
    }
}
