package org.followthrough.application.projection;

import org.followthrough.domain.shared.OpportunityId;

import java.util.List;

/**
 * A read model kept by a streaming event processor: it can tell whether it already reflects a given entry of an
 * opportunity, and names the tables it owns, which a rebuild builds afresh and swaps in whole.
 */
public interface ProjectionProgress {

    /** Its processing group. */
    String name();

    /** The tables it owns, all of them: a rebuild builds fresh copies of these and switches to them at once. */
    List<String> tables();

    boolean hasProcessed(OpportunityId opportunityId, long sequence);
}
