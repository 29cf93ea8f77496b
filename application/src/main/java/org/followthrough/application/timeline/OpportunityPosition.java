package org.followthrough.application.timeline;

import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;

/**
 * Where an opportunity stands in the list of them (most recently opened first, then by id): unique, so a page that
 * continues after it never skips or repeats one opened at the same moment.
 */
public record OpportunityPosition(Instant openedAt, OpportunityId opportunityId) {

    public static OpportunityPosition of(OpportunitySummary summary) {
        return new OpportunityPosition(summary.openedAt(), summary.opportunityId());
    }
}
