package org.followthrough.analytics.survival;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kaplan-Meier product-limit estimate of the share of interviews still without a reply, by day. Interviews that
 * never heard back are not counted as failures but as censored: they leave the risk set on the day they stopped
 * being watched (closed, or the moment asked about). On a day with both, replies are counted before the censored
 * leave, as in Kaplan and Meier (1958).
 *
 * <p>Written here rather than taken from a library: neither Apache Commons Math nor Commons Statistics has a
 * survival estimator, and the few Java survival packages are unmaintained or pull in far more than these twenty
 * lines. It is tested against the published table of a classic data set instead.
 */
public final class KaplanMeier {

    /** What happened on one day: how many heard back, and how many stopped being watched without a reply. */
    public record Tally(int day, int replies, int censored) {

        public Tally {
            if (day < 0 || replies < 0 || censored < 0) {
                throw new IllegalArgumentException("day, replies and censored must not be negative");
            }
        }
    }

    /** One interview: the day it heard back ({@code replied}) or the last day it was watched without a reply. */
    public record Observation(int day, boolean replied) {
    }

    private KaplanMeier() {
    }

    public static SurvivalCurve ofObservations(Collection<Observation> observations) {
        List<Tally> tallies = observations.stream()
                .map(observation -> new Tally(observation.day(), observation.replied() ? 1 : 0, observation.replied() ? 0 : 1))
                .toList();
        return of(tallies);
    }

    /** The curve from tallies in any order; tallies of the same day are added together. */
    public static SurvivalCurve of(Collection<Tally> tallies) {
        Map<Integer, int[]> byDay = new TreeMap<>();
        int subjects = 0;
        for (Tally tally : tallies) {
            int[] counts = byDay.computeIfAbsent(tally.day(), day -> new int[2]);
            counts[0] += tally.replies();
            counts[1] += tally.censored();
            subjects += tally.replies() + tally.censored();
        }
        List<SurvivalStep> steps = new ArrayList<>();
        int atRisk = subjects;
        int replies = 0;
        double survival = 1.0;
        Integer median = null;
        for (Map.Entry<Integer, int[]> day : byDay.entrySet()) {
            int replied = day.getValue()[0];
            int censored = day.getValue()[1];
            if (replied > 0) {
                survival *= 1.0 - (double) replied / atRisk;
                steps.add(new SurvivalStep(day.getKey(), survival, atRisk, replied));
                replies += replied;
                if (median == null && survival <= 0.5 + 1e-12) {
                    median = day.getKey();
                }
            }
            atRisk -= replied + censored;
        }
        return new SurvivalCurve(subjects, replies, steps, median);
    }
}
