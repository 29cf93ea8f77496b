package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The follow-up policy: every rule of DESIGN.md applied to one opportunity as it stood at an instant. A pure
 * function of the history, the instant and the candidate's calendar and policy, so that the live projection and
 * any "as of" view compute the same thing.
 */
public final class FollowUpRules {

    static final List<FollowUpRule> RULES = List.of(new ThankYouRule(), new NotesRule(), new NextStepsRule(),
            new StatusCheckRule(), new MoveOnRule(), new ClearTheAirRule(), new AddressConcernRule(),
            new AfterOutcomeRule(), new ConnectRule(), new PrepareRule(), new ConfirmHeldRule());

    private FollowUpRules() {
    }

    /**
     * The actions of the opportunity, counting only the entries that had happened by {@code asOf} (a correction counts
     * if it too had been made by then), most urgent first: open and missed alike, since whether an action is missed
     * depends on when one looks ({@link DueAction#isMissedAt}).
     */
    public static List<DueAction> dueActions(OpportunityId opportunityId, OpportunityHistory history, Instant asOf,
                                             BusinessCalendar calendar, FollowUpPolicy policy) {
        return advice(opportunityId, history, asOf, calendar, policy).actions();
    }

    /** The actions, as {@link #dueActions}, and why the rules that hold back are waiting. */
    public static Advice advice(OpportunityId opportunityId, OpportunityHistory history, Instant asOf,
                                BusinessCalendar calendar, FollowUpPolicy policy) {
        OpportunityHistory asItStood = OpportunityHistory.ofEntries(history.entries().stream()
                .filter(entry -> !entry.event().occurredAt().isAfter(asOf))
                .toList());
        OpportunityFacts facts = OpportunityFacts.of(opportunityId, asItStood.effectiveEvents());
        List<DueAction> actions = new ArrayList<>();
        for (FollowUpRule rule : RULES) {
            if (!facts.isClosed() || rule.outlivesClosing()) {
                actions.addAll(rule.dueActions(facts, calendar, policy));
            }
        }
        actions.sort(DueAction.urgencyAt(asOf));
        // two entries at the same instant (two concerns raised in one message, say) ask for the same action once
        Set<String> keys = new HashSet<>();
        actions.removeIf(action -> !keys.add(action.key()));
        return new Advice(actions, Silence.reasonsToWait(facts, calendar));
    }
}
