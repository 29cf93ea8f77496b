package org.followthrough.application.projection;

import org.followthrough.domain.shared.OpportunityId;

/** A read model that can tell whether it already reflects a given entry of an opportunity. */
public interface ProjectionProgress {

    String name();

    boolean hasProcessed(OpportunityId opportunityId, long sequence);
}
