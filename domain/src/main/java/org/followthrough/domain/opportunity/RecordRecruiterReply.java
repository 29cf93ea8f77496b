package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record RecordRecruiterReply(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                                   ReplyKind kind, Instant receivedAt, @Nullable String note)
        implements OpportunityCommand {
}
