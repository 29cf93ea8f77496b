package org.followthrough.application.timeline;

import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An opportunity as a list shows it: company, role, and how it ended if it has. */
public record OpportunitySummary(OpportunityId opportunityId, String company, String role, Instant openedAt,
                                 @Nullable Outcome outcome, @Nullable Instant closedAt) {
}
