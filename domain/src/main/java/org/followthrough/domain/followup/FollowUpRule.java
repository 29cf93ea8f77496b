package org.followthrough.domain.followup;

import java.util.List;

/**
 * One named rule of the policy: from the facts of an opportunity to the actions it calls for now. A closed opportunity
 * calls for nothing more, except from a rule that {@link #outlivesClosing() outlives its closing}: {@link FollowUpRules}
 * asks the others only while it is open.
 */
@FunctionalInterface
interface FollowUpRule {

    List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy);

    /** Whether the rule still has something to ask once the opportunity is closed; most have not. */
    default boolean outlivesClosing() {
        return false;
    }
}
