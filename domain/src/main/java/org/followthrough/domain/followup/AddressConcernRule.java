package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * They raised a concern or asked for more: answer within a business day rather than assume the worst (seed 000: do
 * not back out, address the concern and show you can handle it). Only a message that answers it (a follow-up with
 * purpose ADDRESS_CONCERN) or a reply of theirs that settles it (another round, an offer, a rejection) or a later
 * interview closes it; a plain check-in or a connection does not. Worth doing as long as it is open: until then the
 * ball is in the candidate's court, and check-ins and moving on wait.
 */
final class AddressConcernRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        for (RecruiterReplied reply : facts.unansweredConcerns()) {
            LocalDate day = calendar.dayOf(reply.receivedAt());
            LocalDate due = calendar.plusBusinessDays(day, policy.answerConcernBusinessDays());
            boolean concern = reply.kind() == ReplyKind.CONCERN;
            String what = concern
                    ? "They raised a concern on " + Dates.day(day) + ". Answer it directly and calmly; a good answer can turn it around"
                    : "They asked for more information on " + Dates.day(day) + ". Send it promptly";
            actions.add(DueAction.of(facts.opportunityId, Rule.ADDRESS_CONCERN,
                            "ADDRESS_CONCERN:" + reply.receivedAt().toEpochMilli())
                    .action(concern ? "Answer the concern " + facts.employer() + " raised"
                            : "Send " + facts.employer() + " the information they asked for")
                    .dueOn(due, calendar)
                    .priority(Priority.HIGH)
                    .because(what + ": " + Dates.businessDays(policy.answerConcernBusinessDays()) + " later is "
                            + Dates.day(due) + Explain.holidaysSkipped(calendar, day, due)
                            + ". Until you answer, the next move is yours: no check-ins or moving on meanwhile.")
                    .recordedAs(RecordHint.followUp(FollowUpPurpose.ADDRESS_CONCERN, Channel.EMAIL, null, null)));
        }
        return actions;
    }
}
