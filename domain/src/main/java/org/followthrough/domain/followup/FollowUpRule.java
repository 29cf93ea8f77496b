package org.followthrough.domain.followup;

import java.util.List;

/** One named rule of the policy: from the facts of an opportunity to the actions it calls for now. */
@FunctionalInterface
interface FollowUpRule {

    List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy);
}
