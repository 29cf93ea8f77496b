package org.followthrough.domain.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * Right after a scheduled interview's end, ask whether it took place: record it as held (its details filled in from
 * the schedule), which starts the thank-you clock, or cancel or move it. Until then the interview counts as scheduled
 * and the employer's silence does not count. Without a scheduled end, the interview is taken to last an hour. Worth
 * doing as long as it is open.
 */
final class ConfirmHeldRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        for (OpportunityFacts.ScheduledInterview interview : facts.pendingInterviews()) {
            actions.add(DueAction.of(facts.opportunityId, Rule.CONFIRM_HELD, "CONFIRM_HELD:" + interview.interviewId())
                    .action("Did the round " + interview.announced().round() + " interview at " + facts.employer()
                            + " take place?")
                    .dueAt(interview.expectedEnd())
                    .priority(Priority.HIGH)
                    .because("It was scheduled to end " + Dates.dayTime(interview.expectedEnd(), calendar.zone())
                            + (interview.endsAt() == null ? " (an hour after its start; no end was given)" : "")
                            + ". Record it as held so the thank-yous can be planned, or cancel or move it if it did not"
                            + " happen.")
                    .recordedAs(RecordHint.interview(interview.interviewId())));
        }
        return actions;
    }
}
