package org.followthrough.domain.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

public record RecordCompetingOffer(@TargetAggregateIdentifier OpportunityId opportunityId, CandidateId candidateId,
                                   Instant receivedAt, LocalDate respondBy, ZoneId zone)
        implements OpportunityCommand {
}
