package org.followthrough.site.timeline;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** One opportunity's part of the timeline, newest event first. */
public record OpportunityGroup(String opportunityId, String company, String role, @Nullable String outcome,
                               List<TimelineItem> items) {

    public OpportunityGroup {
        items = List.copyOf(items);
    }

    public boolean closed() {
        return outcome != null;
    }
}
