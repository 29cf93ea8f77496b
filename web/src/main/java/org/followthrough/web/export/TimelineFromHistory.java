package org.followthrough.web.export;

import org.followthrough.application.history.HistoryDocument;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.site.export.StaticTimeline;
import org.followthrough.site.format.Formats;
import org.followthrough.site.timeline.OpportunityGroup;
import org.followthrough.site.timeline.TimelineItem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a history document into the static timeline's model: opportunities by latest activity, newest entry first. */
final class TimelineFromHistory {

    private TimelineFromHistory() {
    }

    static StaticTimeline.Model model(HistoryDocument document, String owner, JsonMapper json) {
        ZoneId zone = ZoneId.of(document.candidate().timeZone());
        List<OpportunityGroup> groups = new ArrayList<>();
        for (HistoryDocument.Opportunity opportunity : document.opportunities()) {
            Set<Long> retracted = new HashSet<>();
            List<TimelineItem> items = new ArrayList<>();
            OpportunityOpened opened = null;
            for (HistoryDocument.Event stored : opportunity.events()) {
                Class<? extends OpportunityEvent> type = EventTypes.byName(stored.type())
                        .orElseThrow(() -> new IllegalArgumentException("unknown event type " + stored.type()));
                OpportunityEvent event = json.treeToValue(stored.payload(), type);
                if (event instanceof OpportunityOpened first) {
                    opened = first;
                }
                if (event instanceof EntryRetracted retraction) {
                    retracted.add(retraction.retractedSequence());
                }
                items.add(new TimelineItem(stored.sequence(), event, stored.recordedAt(), false, zone));
            }
            if (opened == null) {
                continue;
            }
            List<TimelineItem> marked = items.stream()
                    .map(item -> new TimelineItem(item.sequence(), item.event(), item.recordedAt(),
                            retracted.contains(item.sequence()), zone))
                    .sorted(Comparator.comparing((TimelineItem item) -> item.event().occurredAt())
                            .thenComparing(TimelineItem::sequence).reversed())
                    .toList();
            groups.add(new OpportunityGroup(opportunity.id(), opened.company(), opened.role(), outcome(marked), marked));
        }
        groups.sort(Comparator.comparing((OpportunityGroup group) -> latest(group)).reversed());
        return new StaticTimeline.Model(owner, Formats.day(document.exportedAt().atZone(zone).toLocalDate()), zone.getId(),
                groups);
    }

    private static Instant latest(OpportunityGroup group) {
        return group.items().isEmpty() ? Instant.EPOCH : group.items().getFirst().event().occurredAt();
    }

    private static @Nullable String outcome(List<TimelineItem> newestFirst) {
        return newestFirst.stream()
                .filter(item -> !item.retracted() && item.event() instanceof OpportunityClosed)
                .map(item -> ((OpportunityClosed) item.event()).outcome().name())
                .findFirst()
                .orElse(null);
    }
}
