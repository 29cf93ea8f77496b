package org.followthrough.analytics;

import org.followthrough.analytics.survival.SurvivalCurve;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** How long interviews waited for a first reply, per group, as it stood at {@code asOf}. */
public record TimeToReply(GroupBy groupBy, Instant asOf, Period period, List<Group> groups) {

    public TimeToReply {
        groups = List.copyOf(groups);
    }

    /** One group's curve, or nothing when the group is too small to show. */
    public record Group(String group, boolean suppressed, boolean few, @Nullable Integer interviews,
                        @Nullable SurvivalCurve curve) {
    }
}
