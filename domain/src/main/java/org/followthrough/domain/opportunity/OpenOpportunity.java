package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** Start pursuing a role; {@code openedAt} may be in the past, and defaults to now. */
public record OpenOpportunity(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                              String company, String role, @Nullable Instant openedAt) implements OpportunityCommand {
}
