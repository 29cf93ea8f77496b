package org.followthrough.infra.testing;

import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The streams of a map that a test fills: what the event store would answer for them. */
public final class MapOpportunityStreams implements OpportunityStreams {

    private final Map<OpportunityId, List<OpportunityEvent>> store;

    public MapOpportunityStreams(Map<OpportunityId, List<OpportunityEvent>> store) {
        this.store = store;
    }

    @Override
    public Map<OpportunityId, List<OpportunityEvent>> read(Collection<OpportunityId> opportunities) {
        Map<OpportunityId, List<OpportunityEvent>> streams = new LinkedHashMap<>();
        opportunities.forEach(id -> streams.put(id, store.getOrDefault(id, List.of())));
        return streams;
    }

    @Override
    public List<OpportunityId> opportunitiesAfter(@Nullable OpportunityId after, int limit) {
        return store.keySet().stream()
                .sorted(Comparator.comparing(OpportunityId::toString))
                .filter(id -> after == null || id.toString().compareTo(after.toString()) > 0)
                .limit(limit)
                .toList();
    }
}
