package org.followthrough.web.analytics;

import org.followthrough.analytics.facts.OutcomeFactsProjection;
import org.followthrough.application.opportunities.ProjectionProgress;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.stereotype.Component;

/**
 * Lets read-your-writes wait for the outcome facts too, so a candidate's figures include what they just recorded.
 * Lives here because the analytics module may not know the application module's interface.
 */
@Component
class OutcomeFactsProgress implements ProjectionProgress {

    private final OutcomeFactsProjection projection;

    OutcomeFactsProgress(OutcomeFactsProjection projection) {
        this.projection = projection;
    }

    @Override
    public String name() {
        return OutcomeFactsProjection.PROCESSING_GROUP;
    }

    @Override
    public boolean hasProcessed(OpportunityId opportunityId, long sequence) {
        return projection.hasProcessed(opportunityId, sequence);
    }
}
