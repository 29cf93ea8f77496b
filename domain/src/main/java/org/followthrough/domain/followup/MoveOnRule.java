package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecruiterReplied;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A month without a word from the employer: suggest closing the opportunity as ghosted and moving on. */
final class MoveOnRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        if (facts.isClosed() || facts.latestInterview().isEmpty()) {
            return List.of();
        }
        InterviewHeld interview = facts.latestInterview().get();
        if (facts.decisionAfter(interview.endedAt()).isPresent()) {
            return List.of();
        }
        Instant lastWord = interview.endedAt();
        String what = "the interview";
        if (!facts.replies.isEmpty()) {
            RecruiterReplied reply = facts.replies.getLast();
            if (reply.receivedAt().isAfter(lastWord)) {
                lastWord = reply.receivedAt();
                what = "their last message";
            }
        }
        LocalDate since = calendar.dayOf(lastWord);
        LocalDate due = since.plusDays(policy.moveOnAfterDaysOfSilence());
        return List.of(new DueAction(facts.opportunityId, "MOVE_ON", Rule.MOVE_ON,
                "Consider closing this one and moving on", null, due, calendar.endOf(due), Priority.NORMAL,
                "No word from " + facts.employer() + " since " + what + " on " + Dates.day(since) + ". If the silence lasts "
                        + policy.moveOnAfterDaysOfSilence() + " days, until " + Dates.day(due)
                        + ", close it as ghosted and put your energy into other openings; you can still record a late reply.",
                RecordHint.close(Outcome.GHOSTED)));
    }
}
