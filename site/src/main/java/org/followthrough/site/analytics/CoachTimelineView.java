package org.followthrough.site.analytics;

import java.util.List;

/**
 * A sharing candidate's timeline as their coach may read it: what happened and when, never what was written (no
 * message texts, no notes, no reply notes).
 */
public record CoachTimelineView(String candidateName, List<Opportunity> opportunities) {

    public CoachTimelineView {
        opportunities = List.copyOf(opportunities);
    }

    /** One opportunity with its entries, newest first. */
    public record Opportunity(String title, boolean closed, List<Entry> entries) {

        public Opportunity {
            entries = List.copyOf(entries);
        }
    }

    /** One entry: its headline only. */
    public record Entry(String when, String whenIso, String title, String kind, boolean retracted) {
    }
}
