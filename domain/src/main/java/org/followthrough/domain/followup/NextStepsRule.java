package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Without a stated timeline or the interviewers' names, ask what happens next, when, and with whom. */
final class NextStepsRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        if (facts.isClosed() || facts.latestInterview().isEmpty()) {
            return List.of();
        }
        InterviewHeld interview = facts.latestInterview().get();
        boolean noTimeline = interview.decision().kind() == DecisionTimeline.Kind.NONE;
        boolean noNames = interview.interviewers().isEmpty();
        if (!noTimeline && !noNames) {
            return List.of();
        }
        if (!facts.repliesAfter(interview.endedAt()).isEmpty()
                || !facts.followUpsAfter(interview.endedAt(), FollowUpPurpose.NEXT_STEPS).isEmpty()) {
            return List.of();
        }
        LocalDate day = calendar.dayOf(interview.endedAt());
        LocalDate due = calendar.plusBusinessDays(day, policy.nextStepsBusinessDays());
        List<String> missing = new ArrayList<>();
        if (noTimeline) {
            missing.add("no date for their decision");
        }
        if (noNames) {
            missing.add("no names and titles of the people you met");
        }
        Interviewer first = interview.interviewers().isEmpty() ? null : interview.interviewers().getFirst();
        return List.of(new DueAction(facts.opportunityId, "NEXT_STEPS:" + interview.interviewId(), Rule.NEXT_STEPS,
                "Ask " + facts.employer() + " about the next steps", null, due, calendar.endOf(due), Priority.NORMAL,
                "You came away from the interview on " + Dates.day(day) + " with " + String.join(" and ", missing)
                        + ". Ask what happens next and when" + (noNames ? ", and who you spoke with" : "") + "; "
                        + Dates.businessDays(policy.nextStepsBusinessDays()) + " after the interview is " + Dates.day(due)
                        + Explain.holidaysSkipped(calendar, day, due) + ".",
                RecordHint.followUp(FollowUpPurpose.NEXT_STEPS, Channel.EMAIL,
                        first == null ? null : first.name(), first == null ? null : first.email())));
    }
}
