package org.followthrough.application.replay;

import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.OpportunityLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** One opportunity in full, what is open on it now, and a step-through of its history: what was open after entry n. */
@Service
public record OpportunityReplay(OpportunityEventLog eventLog, DueActions dueActions, CandidatePolicy policy,
                                Clock clock) {

    /**
     * @param log   every entry, with what counts
     * @param now   the moment {@code dueNow} is seen from
     * @param dueNow the opportunity's open actions now, most urgent first
     * @param step  the state right after the entry asked for, if one was
     */
    public record View(OpportunityLog log, Instant now, List<DueAction> dueNow, @Nullable Step step) {
    }

    /**
     * Right after one entry: the entry, the moment it happened (the latest of the entries so far), and what the policy
     * said was open then.
     */
    public record Step(long sequence, long last, RecordedEvent entry, boolean retracted, Instant moment,
                       List<DueAction> openThen) {
    }

    /** {@code step}: an entry's sequence, kept within the stream's bounds. The owner's only. */
    public View of(CandidateId candidate, OpportunityId opportunity, @Nullable Long step) {
        OpportunityLog log = eventLog.logOf(opportunity, candidate);
        List<DueAction> dueNow = dueActions.open(candidate).stream()
                .map(DueActionView::action)
                .filter(action -> action.opportunityId().equals(opportunity))
                .toList();
        return new View(log, clock.instant(), dueNow, step == null ? null : step(candidate, log, step));
    }

    private Step step(CandidateId candidate, OpportunityLog log, long requested) {
        long sequence = Math.max(0, Math.min(requested, log.lastSequence()));
        OpportunityLog upToHere = log.upTo(sequence);
        Instant moment = upToHere.events().stream().map(RecordedEvent::occurredAt).max(Comparator.naturalOrder())
                .orElseThrow();
        List<DueAction> open = policy.asItStood(candidate).at(moment)
                .openAt(log.opportunityId(), upToHere.history(), moment);
        RecordedEvent entry = log.events().get((int) sequence);
        return new Step(sequence, log.lastSequence(), entry, log.isRetracted(entry), moment, open);
    }
}
