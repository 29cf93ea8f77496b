package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;

/** Record a LinkedIn connection with someone from the process. */
public record RecordConnection(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                               String person, Instant connectedAt) implements OpportunityCommand {
}
