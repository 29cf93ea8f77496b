package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Without a stated timeline or the interviewers' names, ask what happens next, when, and with whom (seed 001: leave
 * knowing the next step, its timing and the names and titles of the people you met; seed 004: a next-steps query keeps
 * you in mind). Settled by any reply, a next-steps query or a check-in, a thank-you that asked about next steps, or a
 * timeline they give later (names still missing keep it open). Worth doing for a week after the interview; by then
 * the check-in is the natural way to ask.
 */
final class NextStepsRule implements FollowUpRule {

    /** Days after the interview's day during which asking about next steps still makes sense on its own. */
    static final int WORTH_DAYS = 7;

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        if (facts.latestInterview().isEmpty()) {
            return List.of();
        }
        InterviewHeld interview = facts.latestInterview().get();
        boolean noTimeline = facts.decisionOn(interview).kind() == DecisionTimeline.Kind.NONE;
        boolean noNames = interview.interviewers().isEmpty();
        if (!noTimeline && !noNames) {
            return List.of();
        }
        boolean asked = !facts.followUpsAfter(interview.endedAt(), FollowUpPurpose.NEXT_STEPS).isEmpty()
                || !facts.followUpsAfter(interview.endedAt(), FollowUpPurpose.STATUS_CHECK).isEmpty()
                || facts.thankYous.stream().anyMatch(thankYou -> thankYou.interviewId().equals(interview.interviewId())
                && thankYou.askedAboutNextSteps());
        if (asked || !facts.repliesAfter(interview.endedAt()).isEmpty()) {
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
        return List.of(DueAction.of(facts.opportunityId, Rule.NEXT_STEPS, "NEXT_STEPS:" + interview.interviewId())
                .action("Ask " + facts.employer() + " about the next steps")
                .dueOn(due, calendar)
                .because("You came away from the interview on " + Dates.day(day) + " with " + String.join(" and ", missing)
                        + ". Ask what happens next and when" + (noNames ? ", and who you spoke with" : "") + "; "
                        + Dates.businessDays(policy.nextStepsBusinessDays()) + " after the interview is " + Dates.day(due)
                        + Explain.holidaysSkipped(calendar, day, due) + ".")
                .worthUntil(calendar.endOf(day.plusDays(WORTH_DAYS)), "A week after the interview, a separate question"
                        + " about next steps has lost its moment; ask it in your check-in instead.")
                .recordedAs(RecordHint.followUp(FollowUpPurpose.NEXT_STEPS, Channel.EMAIL,
                        first == null ? null : first.name(), first == null ? null : first.email())));
    }
}
