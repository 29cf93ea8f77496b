package org.followthrough.infra.cluster;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.followthrough.domain.candidate.CandidateEvent;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.jspecify.annotations.Nullable;

/**
 * All of one candidate's events go to the same segment, in order. The read models of an opportunity depend on the
 * candidate's settings too (zone, region, policy numbers), so a settings change and an opportunity's entry must not
 * be handled side by side on two nodes; different candidates are independent and spread over the segments.
 */
public final class PerCandidateSequencing implements SequencingPolicy<EventMessage<?>> {

    @Override
    public @Nullable Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof OpportunityEvent opportunityEvent) {
            return opportunityEvent.candidateId().value();
        }
        if (payload instanceof CandidateEvent candidateEvent) {
            return candidateEvent.candidateId().value();
        }
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }
}
