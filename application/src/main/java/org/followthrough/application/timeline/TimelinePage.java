package org.followthrough.application.timeline;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** One page of the timeline, and where the next one starts (absent on the last page). */
public record TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
