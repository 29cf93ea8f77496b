package org.followthrough.site.analytics;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A candidate's own figures, and the coaches they share them with or asked to; {@code notice} confirms a change,
 * {@code problem} says why the last request to share could not be made and {@code coachEmail} keeps what was typed.
 * {@code proposal} is a share waiting for the candidate to confirm the coach's name, shown as a question, with
 * {@code confirmProblem} saying why the last confirmation did not go through.
 */
public record InsightsView(FiguresView figures, List<Share> shares, String notice, String problem, String coachEmail,
                           @Nullable Proposal proposal, String confirmProblem) {

    public InsightsView {
        shares = List.copyOf(shares);
    }

    /** A coach this candidate shares with ({@code pending}: asked, the coach's name not yet confirmed, nothing shown). */
    public record Share(String coachEmail, String coachName, boolean timeline, String since, boolean pending) {
    }

    /** "Share with {@code coachName} ({@code coachEmail})?" */
    public record Proposal(String coachEmail, String coachName, boolean timeline) {
    }
}
