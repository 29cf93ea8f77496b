package org.followthrough.analytics.cohorts;

import org.jspecify.annotations.Nullable;

import java.time.YearMonth;

/**
 * How the opportunities whose first interview fell in {@code month} ended, each counted once; no counts at all when
 * the month is withheld as too small.
 */
public record MonthOutcomes(YearMonth month, boolean suppressed, boolean few, @Nullable Counts counts) {

    /** An opportunity neither closed nor settled by an offer or a rejection is still open. */
    public record Counts(int opportunities, int offer, int rejection, int ghosted, int withdrawn, int stillOpen) {
    }
}
