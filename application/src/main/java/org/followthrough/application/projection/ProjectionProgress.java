package org.followthrough.application.projection;

import org.followthrough.domain.shared.OpportunityId;

/**
 * A read model kept by a streaming event processor: it can tell whether it already reflects a given entry of an
 * opportunity, and names the tables it owns, which a rebuild builds afresh and swaps in whole.
 */
public interface ProjectionProgress extends StreamingProjection {

    boolean hasProcessed(OpportunityId opportunityId, long sequence);
}
