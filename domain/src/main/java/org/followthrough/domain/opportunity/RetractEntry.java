package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

/** Take back an entry recorded by mistake; the only change a closed opportunity accepts. */
public record RetractEntry(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                           long sequence, @Nullable String reason) implements OpportunityCommand {
}
