package org.followthrough.application.replay;

import org.followthrough.application.history.HistoryDocument;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A downloaded history read back as a timeline, with no server and no database: each opportunity's entries newest
 * first, those a correction took back marked, the opportunities by their latest activity. The static export draws it.
 */
public final class HistoryTimeline {

    private HistoryTimeline() {
    }

    /** One entry of an opportunity, as the history holds it. */
    public record Entry(long sequence, OpportunityEvent event, Instant recordedAt, boolean retracted) {
    }

    /** One opportunity with its entries, newest first. */
    public record Opportunity(String id, OpportunityOpened opened, List<Entry> newestFirst) {

        Instant latest() {
            return newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.getFirst().event().occurredAt();
        }
    }

    /** An opportunity whose history lacks its opening is left out. */
    public static List<Opportunity> of(HistoryDocument document, JsonMapper json) {
        List<Opportunity> opportunities = new ArrayList<>();
        for (HistoryDocument.Opportunity opportunity : document.opportunities()) {
            List<OpportunityHistory.Entry> entries = new ArrayList<>();
            List<Instant> recordedAt = new ArrayList<>();
            for (HistoryDocument.Event stored : opportunity.events()) {
                Class<? extends OpportunityEvent> type = EventTypes.byName(stored.type())
                        .orElseThrow(() -> new IllegalArgumentException("unknown event type " + stored.type()));
                entries.add(new OpportunityHistory.Entry(stored.sequence(), json.treeToValue(stored.payload(), type)));
                recordedAt.add(stored.recordedAt());
            }
            OpportunityHistory history = OpportunityHistory.ofEntries(entries);
            OpportunityOpened opened = entries.stream().map(OpportunityHistory.Entry::event)
                    .filter(OpportunityOpened.class::isInstance).map(OpportunityOpened.class::cast)
                    .reduce((first, second) -> second).orElse(null);
            if (opened == null) {
                continue;
            }
            List<Entry> shown = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                OpportunityHistory.Entry entry = entries.get(i);
                shown.add(new Entry(entry.sequence(), entry.event(), recordedAt.get(i), history.isRetracted(entry.sequence())));
            }
            shown.sort(Comparator.comparing((Entry entry) -> entry.event().occurredAt())
                    .thenComparing(Entry::sequence).reversed());
            opportunities.add(new Opportunity(opportunity.id(), opened, shown));
        }
        opportunities.sort(Comparator.comparing(Opportunity::latest).reversed());
        return opportunities;
    }
}
