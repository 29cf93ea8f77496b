package org.followthrough.site.timeline;

import org.followthrough.site.format.Formats;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The timeline page: the candidate's opportunities, each with its events, as they stood on {@code asOfDay}. */
public record TimelineView(ZoneId zone, @Nullable LocalDate asOfDay, List<OpportunityGroup> groups) {

    public TimelineView {
        groups = List.copyOf(groups);
    }

    public boolean empty() {
        return groups.isEmpty();
    }

    public String asOfValue() {
        return asOfDay == null ? "" : Formats.isoDay(asOfDay);
    }

    public String asOfLabel() {
        return asOfDay == null ? "" : Formats.day(asOfDay);
    }
}
