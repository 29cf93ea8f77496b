package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.InterviewHeld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Notes on the interview the same day, while it is fresh: the raw material of every later message. */
final class NotesRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        if (facts.isClosed()) {
            return actions;
        }
        for (InterviewHeld interview : facts.interviews) {
            if (facts.isSuperseded(interview) || facts.hasNotes(interview.interviewId())) {
                continue;
            }
            LocalDate day = calendar.dayOf(interview.endedAt());
            actions.add(new DueAction(facts.opportunityId, "NOTES:" + interview.interviewId(), Rule.NOTES,
                    "Write down how the round " + interview.round() + " interview went", null, day, calendar.endOf(day),
                    Priority.NORMAL,
                    "You remember most on the day itself (" + Dates.day(day) + "): note what went well, what did not, "
                            + "what stood out about the role and what you forgot to say. Your messages will draw on it.",
                    RecordHint.notes(interview.interviewId())));
        }
        return actions;
    }
}
