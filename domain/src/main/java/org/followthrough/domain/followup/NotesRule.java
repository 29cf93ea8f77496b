package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.InterviewHeld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes on the interview the same day, while it is fresh (seed 001: as soon as you get home, write down what went
 * well, what did not, what stood out and what you forgot to say): the raw material of every later message. Worth
 * doing for a few days; after that memory has done its editing and the action is missed.
 */
final class NotesRule implements FollowUpRule {

    /** Days after the interview's day until which notes are still worth writing. */
    static final int WORTH_DAYS = 3;

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        for (InterviewHeld interview : facts.interviews) {
            if (facts.isSuperseded(interview) || facts.hasNotes(interview.interviewId())) {
                continue;
            }
            LocalDate day = calendar.dayOf(interview.endedAt());
            actions.add(DueAction.of(facts.opportunityId, Rule.NOTES, "NOTES:" + interview.interviewId())
                    .action("Write down how the round " + interview.round() + " interview went")
                    .dueOn(day, calendar)
                    .because("You remember most on the day itself (" + Dates.day(day) + "): note what went well, what did not, "
                            + "what stood out about the role and what you forgot to say. Your messages will draw on it.")
                    .worthUntil(calendar.endOf(day.plusDays(WORTH_DAYS)), "A few days after the interview the details have"
                            + " faded; notes written now would be guesswork. Jot down only what you still remember clearly.")
                    .recordedAs(RecordHint.notes(interview.interviewId())));
        }
        return actions;
    }
}
