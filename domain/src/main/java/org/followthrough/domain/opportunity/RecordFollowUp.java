package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record RecordFollowUp(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                             FollowUpPurpose purpose, Channel channel, Instant sentAt, @Nullable String recipient,
                             @Nullable String message) implements OpportunityCommand {
}
