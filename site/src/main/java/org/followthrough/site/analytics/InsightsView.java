package org.followthrough.site.analytics;

import java.util.List;

/**
 * A candidate's own figures, and the coaches they share them with; {@code notice} confirms a change, {@code problem}
 * says why the last one could not be made and {@code coachEmail} keeps what was typed.
 */
public record InsightsView(FiguresView figures, List<Share> shares, String notice, String problem, String coachEmail) {

    public InsightsView {
        shares = List.copyOf(shares);
    }

    /** A coach this candidate shares with. */
    public record Share(String coachEmail, boolean timeline, String since) {
    }
}
