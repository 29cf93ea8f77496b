package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A month without an answer once one is owed: suggest closing the opportunity as ghosted and moving on (seed 001: if a
 * month passes with no word, move on). The month counts from the last contact (see {@link Silence}), and never starts
 * before the employer's own date has come: before that, their silence is what they announced. Nothing while there
 * is a reason to wait (an interview scheduled, another round coming, their concern unanswered). Worth doing as long
 * as it is open.
 */
final class MoveOnRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        if (facts.latestInterview().isEmpty()) {
            return List.of();
        }
        InterviewHeld interview = facts.latestInterview().get();
        if (facts.decisionAfter(interview.endedAt()).isPresent() || !Silence.reasonsToWait(facts, calendar).isEmpty()) {
            return List.of();
        }
        LocalDate since = calendar.dayOf(interview.endedAt());
        String what = "the interview on " + Dates.day(since);
        Optional<Silence.Contact> last = Silence.lastContactSince(facts, interview.endedAt());
        if (last.isPresent() && calendar.dayOf(last.get().at()).isAfter(since)) {
            since = calendar.dayOf(last.get().at());
            what = last.get().fromThem() ? "their last message on " + Dates.day(since)
                    : "your last message asking for news on " + Dates.day(since);
        }
        DecisionTimeline decision = facts.decisionOn(interview);
        if (decision.kind() == DecisionTimeline.Kind.DATE && decision.date().isAfter(since)) {
            since = decision.date();
            what = "the date they gave, " + Dates.day(since);
        }
        LocalDate due = since.plusDays(policy.moveOnAfterDaysOfSilence());
        return List.of(DueAction.of(facts.opportunityId, Rule.MOVE_ON, "MOVE_ON")
                .action("Consider closing this one and moving on")
                .dueOn(due, calendar)
                .because("No answer from " + facts.employer() + " since " + what + ". If the silence lasts "
                        + policy.moveOnAfterDaysOfSilence() + " days, until " + Dates.day(due)
                        + ", close it as ghosted and put your energy into other openings; you can still record a late reply.")
                .recordedAs(RecordHint.close(Outcome.GHOSTED)));
    }
}
