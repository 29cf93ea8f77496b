package org.followthrough.analytics.survival;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A Kaplan-Meier curve over {@code subjects} interviews. {@code medianDay} is the first day on which half or more
 * had heard back; absent while fewer than half have.
 */
public record SurvivalCurve(int subjects, int replies, List<SurvivalStep> steps, @Nullable Integer medianDay) {

    public SurvivalCurve {
        steps = List.copyOf(steps);
    }
}
