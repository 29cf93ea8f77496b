package org.followthrough.site.analytics;

import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.site.format.Formats;
import org.followthrough.site.timeline.EventWording;
import org.followthrough.site.timeline.Wording;

import java.time.ZoneId;
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

        public static Entry of(OpportunityEvent event, boolean retracted, ZoneId zone) {
            Wording wording = EventWording.describe(event, zone);
            return new Entry(Formats.dateTime(event.occurredAt(), zone), Formats.iso(event.occurredAt(), zone),
                    wording.title(), wording.kind(), retracted);
        }
    }
}
