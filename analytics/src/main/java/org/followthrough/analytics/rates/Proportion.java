package org.followthrough.analytics.rates;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * {@code successes} out of {@code trials}, with a 95 % Wilson score interval.
 *
 * <p>Wilson rather than the textbook "p ± 1.96·se": with the small groups a coach sees, and rates near 0 or 1, the
 * simple interval runs below 0 or above 1 and covers the truth far less often than it claims (Newcombe 1998).
 * The interval comes from Apache Commons Statistics ({@code commons-statistics-interval}), the maintained successor
 * of Commons Math's statistics, instead of a formula typed in here.
 */
public record Proportion(int trials, int successes, double rate, double lower, double upper) {

    static final double ERROR_RATE_95 = 0.05;

    public static Proportion wilson95(int trials, int successes) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0, got " + successes + "/" + trials);
        }
        Interval interval = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(trials, successes, ERROR_RATE_95);
        return new Proportion(trials, successes, (double) successes / trials, interval.getLowerBound(), interval.getUpperBound());
    }
}
