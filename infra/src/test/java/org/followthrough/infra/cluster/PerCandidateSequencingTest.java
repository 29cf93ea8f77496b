package org.followthrough.infra.cluster;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PerCandidateSequencingTest {

    private final PerCandidateSequencing policy = new PerCandidateSequencing();

    @Test
    void twoOpportunitiesOfOneCandidateShareASequenceAndAnotherCandidateHasItsOwn() {
        CandidateId ada = CandidateId.of(UUID.randomUUID());
        CandidateId grace = CandidateId.of(UUID.randomUUID());

        Object first = policy.getSequenceIdentifierFor(opened(ada));
        Object second = policy.getSequenceIdentifierFor(opened(ada));
        Object other = policy.getSequenceIdentifierFor(opened(grace));

        assertThat(first).isEqualTo(second).isEqualTo(ada.value());
        assertThat(other).isNotEqualTo(first);
    }

    private static GenericDomainEventMessage<OpportunityOpened> opened(CandidateId candidate) {
        OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
        return new GenericDomainEventMessage<>("Opportunity", opportunity.value().toString(), 0,
                new OpportunityOpened(opportunity, candidate, "Acme", "Engineer", Instant.parse("2026-11-01T10:00:00Z")));
    }
}
