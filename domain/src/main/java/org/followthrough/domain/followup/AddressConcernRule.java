package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** They raised a concern or asked for more: answer within a business day rather than assume the worst. */
final class AddressConcernRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        if (facts.isClosed()) {
            return actions;
        }
        for (RecruiterReplied reply : facts.replies) {
            if (reply.kind() != ReplyKind.CONCERN && reply.kind() != ReplyKind.NEEDS_INFO) {
                continue;
            }
            boolean answered = facts.followUps.stream().anyMatch(followUp -> followUp.sentAt().isAfter(reply.receivedAt())
                    && followUp.purpose() != FollowUpPurpose.THANKS_AFTER_OUTCOME);
            boolean overtaken = facts.replies.stream().anyMatch(later -> later.receivedAt().isAfter(reply.receivedAt()));
            if (answered || overtaken) {
                continue;
            }
            LocalDate day = calendar.dayOf(reply.receivedAt());
            LocalDate due = calendar.plusBusinessDays(day, policy.answerConcernBusinessDays());
            String what = reply.kind() == ReplyKind.CONCERN
                    ? "They raised a concern on " + Dates.day(day) + ". Answer it directly and calmly; a good answer can turn it around"
                    : "They asked for more information on " + Dates.day(day) + ". Send it promptly";
            actions.add(new DueAction(facts.opportunityId, "ADDRESS_CONCERN:" + reply.receivedAt().toEpochMilli(),
                    Rule.ADDRESS_CONCERN, reply.kind() == ReplyKind.CONCERN ? "Answer the concern " + facts.employer() + " raised"
                    : "Send " + facts.employer() + " the information they asked for", null, due, calendar.endOf(due),
                    Priority.HIGH, what + ": " + Dates.businessDays(policy.answerConcernBusinessDays()) + " later is "
                    + Dates.day(due) + Explain.holidaysSkipped(calendar, day, due) + ".",
                    RecordHint.followUp(FollowUpPurpose.REITERATE, Channel.EMAIL, null, null)));
        }
        return actions;
    }
}
