package org.followthrough.site.analytics;

import java.util.List;

/** A candidate's own figures, and the coaches they share them with. */
public record InsightsView(FiguresView figures, List<Share> shares) {

    public InsightsView {
        shares = List.copyOf(shares);
    }

    /** A coach this candidate shares with. */
    public record Share(String coachEmail, boolean timeline, String since) {
    }
}
