package org.followthrough.application.timeline;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of the timeline, and where the next one starts (absent on the last page). */
public record TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }

    /** The entries by opportunity, as pages show them: the opportunities in the order of their newest entry here. */
    public Map<OpportunitySummary, List<TimelineEntry>> byOpportunity() {
        Map<OpportunitySummary, List<TimelineEntry>> grouped = new LinkedHashMap<>();
        entries.forEach(entry -> grouped.computeIfAbsent(entry.opportunity(), key -> new ArrayList<>()).add(entry));
        return grouped;
    }
}
