package org.followthrough.application.dueactions;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.domain.followup.CadenceCheck;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.stereotype.Component;

import java.util.List;

/** After a follow-up is recorded: does it break the cadence (too early, too soon after the last, one too many)? */
@Component
public record CadenceAdvisor(EventStore eventStore, CandidatePolicy policy) {

    /** Warnings about the follow-up recorded at {@code sequence}, judged against what came before it. */
    public List<String> warningsFor(CandidateId candidate, OpportunityId opportunity, long sequence) {
        List<OpportunityEvent> events = eventStore.readEvents(opportunity.toString()).asStream()
                .map(message -> (OpportunityEvent) message.getPayload())
                .toList();
        if (sequence >= events.size() || !(events.get((int) sequence) instanceof FollowUpSent followUp)) {
            return List.of();
        }
        CandidatePolicy.Applied applied = policy.of(candidate);
        return CadenceCheck.warnings(opportunity, OpportunityHistory.of(events.subList(0, (int) sequence)), followUp,
                applied.calendar(), applied.policy());
    }
}
