package org.followthrough.site.timeline;

import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.site.format.Formats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One event on the timeline page, with its place in the opportunity's stream and the actions that were open right
 * after it (as the policy saw things at that moment).
 */
public record TimelineItem(long sequence, OpportunityEvent event, Instant recordedAt, boolean retracted, ZoneId zone,
                           List<String> openThen) {

    public TimelineItem {
        openThen = List.copyOf(openThen);
    }

    public TimelineItem(long sequence, OpportunityEvent event, Instant recordedAt, boolean retracted, ZoneId zone) {
        this(sequence, event, recordedAt, retracted, zone, List.of());
    }

    public Wording wording() {
        return EventWording.describe(event, zone);
    }

    public String when() {
        return Formats.dateTime(event.occurredAt(), zone);
    }

    public String whenIso() {
        return Formats.iso(event.occurredAt(), zone);
    }

    /** Recorded well after it happened: the timeline says so, since "as the app knew it" may differ. */
    public boolean backdated() {
        return recordedAt.isAfter(event.occurredAt().plusSeconds(3600));
    }

    public String recordedWhen() {
        return Formats.dateTime(recordedAt, zone);
    }

    /** The opportunity page, stepped to the state right after this entry. */
    public String stepUrl() {
        return "/opportunities/" + event.opportunityId() + "?step=" + sequence + "#step";
    }
}
