package org.followthrough.site.timeline;

import org.followthrough.domain.opportunity.OpportunityClosed;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** One opportunity's part of the timeline, newest event first. */
public record OpportunityGroup(String opportunityId, String company, String role, @Nullable String outcome,
                               List<TimelineItem> items) {

    public OpportunityGroup {
        items = List.copyOf(items);
    }

    /** The group of one opportunity's items, newest first: it ended as the newest closing entry still on the record says. */
    public static OpportunityGroup of(String opportunityId, String company, String role, List<TimelineItem> newestFirst) {
        String outcome = newestFirst.stream()
                .filter(item -> !item.retracted() && item.event() instanceof OpportunityClosed)
                .map(item -> ((OpportunityClosed) item.event()).outcome().name())
                .findFirst()
                .orElse(null);
        return new OpportunityGroup(opportunityId, company, role, outcome, newestFirst);
    }

    public boolean closed() {
        return outcome != null;
    }
}
