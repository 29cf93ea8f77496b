package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Interviewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The day before a scheduled interview, plan what to ask at its end (seed 001: ask what the next step is and when,
 * and get the names and titles of everyone you meet; seed 000: ask about next steps in closing). Due on the day before,
 * on the candidate's calendar; worth doing until the interview starts. Nothing to record: it lapses with the start.
 */
final class PrepareRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        for (OpportunityFacts.ScheduledInterview interview : facts.pendingInterviews()) {
            LocalDate dayBefore = calendar.dayOf(interview.startsAt()).minusDays(1);
            List<Interviewer> people = interview.announced().interviewers();
            String with = people.isEmpty() ? "" : " with " + people.stream()
                    .map(person -> person.title() == null ? person.name() : person.name() + " (" + person.title() + ")")
                    .collect(Collectors.joining(", "));
            actions.add(DueAction.of(facts.opportunityId, Rule.PREPARE, "PREPARE:" + interview.interviewId())
                    .action("Prepare for the round " + interview.announced().round() + " interview at " + facts.employer())
                    .dueOn(dayBefore, calendar)
                    .because("Your round " + interview.announced().round() + " interview" + with + " is on "
                            + Dates.dayTime(interview.startsAt(), calendar.zone()) + ". The day before, plan what to ask"
                            + " at the end: what the next step is, when they expect to decide, and the names and titles of"
                            + " everyone you meet" + (people.isEmpty() ? "" : " you do not know yet") + ".")
                    .worthUntil(interview.startsAt(), "The interview has begun; what matters now is to leave it knowing"
                            + " the next step, their timeline and who you met.")
                    .recordedAs(RecordHint.reminder(interview.interviewId())));
        }
        return actions;
    }
}
