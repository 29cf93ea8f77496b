package org.followthrough.application.timeline;

import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.util.List;

/** All entries of some of the candidate's opportunities as they stood at {@code at}, in stream order. */
public record FetchOpportunityEntries(CandidateId candidateId, List<OpportunityId> opportunities, Instant at,
                                      Basis basis) {

    public FetchOpportunityEntries {
        opportunities = List.copyOf(opportunities);
    }
}
