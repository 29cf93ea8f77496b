package org.followthrough.site.analytics;

import java.util.List;

/** One group's time-to-reply curve as a table: its steps and median, or nothing when withheld. */
public record CurveRow(String group, String label, boolean suppressed, boolean few, String interviews, String replies,
                       String median, List<Step> steps) {

    public CurveRow {
        steps = List.copyOf(steps);
    }

    /** "6 interviews, 4 replies", said right for one and for none. */
    public String counted() {
        if (interviews.equals("0")) {
            return "no interviews";
        }
        return (interviews.equals("1") ? "1 interview" : interviews + " interviews") + ", "
                + (replies.equals("1") ? "1 reply" : replies + " replies");
    }

    /** A day on which some of those still waiting heard back. */
    public record Step(int day, String stillWaiting, int atRisk, int replies) {
    }
}
