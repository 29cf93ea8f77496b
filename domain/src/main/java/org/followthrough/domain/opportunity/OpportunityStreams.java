package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the event streams of many opportunities at once, each in stream order (a port; the store implements it). */
public interface OpportunityStreams {

    Map<OpportunityId, List<OpportunityEvent>> read(Collection<OpportunityId> opportunities);

    /** Every opportunity in the store, in a fixed order, a page at a time: those after {@code after} (null: from the first). */
    List<OpportunityId> opportunitiesAfter(@Nullable OpportunityId after, int limit);
}
