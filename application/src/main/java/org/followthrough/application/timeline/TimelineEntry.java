package org.followthrough.application.timeline;

import org.followthrough.application.opportunities.RecordedEvent;
import org.jspecify.annotations.Nullable;

/** One line of a candidate's timeline: an event with the opportunity it belongs to. */
public record TimelineEntry(OpportunitySummary opportunity, RecordedEvent recorded, long globalIndex,
                            @Nullable Long retractedBy) {

    public boolean retracted() {
        return retractedBy != null;
    }
}
