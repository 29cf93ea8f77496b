package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;

public record CloseOpportunity(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                               Outcome outcome, Instant at) implements OpportunityCommand {
}
