package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.OpportunityId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the event streams of many opportunities at once, each in stream order (a port; the store implements it). */
@FunctionalInterface
public interface OpportunityStreams {

    Map<OpportunityId, List<OpportunityEvent>> read(Collection<OpportunityId> opportunities);
}
