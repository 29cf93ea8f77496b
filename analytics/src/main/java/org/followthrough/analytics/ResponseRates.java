package org.followthrough.analytics;

import org.followthrough.analytics.rates.Proportion;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The share of interviews that heard back within {@code withinDays}, per group. */
public record ResponseRates(GroupBy groupBy, int withinDays, Period period, List<Group> groups) {

    public ResponseRates {
        groups = List.copyOf(groups);
    }

    /** One group: withheld when too small, otherwise its counts and rate; {@code few} flags a small group shown anyway. */
    public record Group(String group, boolean suppressed, boolean few, @Nullable Integer interviews,
                        @Nullable Proportion replied) {
    }
}
