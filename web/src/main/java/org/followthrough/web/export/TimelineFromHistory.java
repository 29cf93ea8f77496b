package org.followthrough.web.export;

import org.followthrough.application.history.HistoryDocument;
import org.followthrough.application.replay.HistoryTimeline;
import org.followthrough.site.export.StaticTimeline;
import org.followthrough.site.format.Formats;
import org.followthrough.site.timeline.OpportunityGroup;
import org.followthrough.site.timeline.TimelineItem;
import tools.jackson.databind.json.JsonMapper;

import java.time.ZoneId;

/** A history document as the static timeline draws it, in the time zone the history was kept in. */
final class TimelineFromHistory {

    private TimelineFromHistory() {
    }

    static StaticTimeline.Model model(HistoryDocument document, String owner, JsonMapper json) {
        ZoneId zone = ZoneId.of(document.candidate().timeZone());
        return new StaticTimeline.Model(owner, Formats.day(document.exportedAt().atZone(zone).toLocalDate()), zone.getId(),
                HistoryTimeline.of(document, json).stream()
                        .map(opportunity -> OpportunityGroup.of(opportunity.id(), opportunity.opened().company(),
                                opportunity.opened().role(), opportunity.newestFirst().stream()
                                        .map(entry -> new TimelineItem(entry.sequence(), entry.event(), entry.recordedAt(),
                                                entry.retracted(), zone))
                                        .toList()))
                        .toList());
    }
}
