package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;

import java.time.LocalDate;
import java.util.List;

/**
 * After an offer or a rejection, thank them regardless; after a rejection also ask for feedback and stay in touch.
 * Within two business days, and before closing the opportunity (a closed one takes no more entries).
 */
final class AfterOutcomeRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        if (facts.isClosed()) {
            return List.of();
        }
        RecruiterReplied decision = facts.replies.stream().filter(reply -> reply.kind().isDecision())
                .reduce((first, second) -> second).orElse(null);
        if (decision == null
                || !facts.followUpsAfter(decision.receivedAt(), FollowUpPurpose.THANKS_AFTER_OUTCOME).isEmpty()) {
            return List.of();
        }
        LocalDate day = calendar.dayOf(decision.receivedAt());
        LocalDate due = calendar.plusBusinessDays(day, policy.afterOutcomeBusinessDays());
        String deadline = Dates.businessDays(policy.afterOutcomeBusinessDays()) + " later is " + Dates.day(due)
                + Explain.holidaysSkipped(calendar, day, due);
        boolean rejected = decision.kind() == ReplyKind.REJECTION;
        Interviewer first = facts.latestInterview().flatMap(interview -> interview.interviewers().stream().findFirst())
                .orElse(null);
        return List.of(new DueAction(facts.opportunityId, "AFTER_OUTCOME:" + decision.receivedAt().toEpochMilli(),
                Rule.AFTER_OUTCOME, rejected ? "Thank " + facts.employer() + " and ask for feedback"
                : "Thank " + facts.employer() + " for the offer", null, due, calendar.endOf(due), Priority.NORMAL,
                (rejected
                        ? "They said no on " + Dates.day(day) + ". Thank them anyway, ask what would have made the difference, "
                        + "and keep in touch; people remember a gracious reply"
                        : "They made you an offer on " + Dates.day(day) + ". Thank them, whatever you decide")
                        + ": " + deadline + ". Do it before you close this opportunity.",
                RecordHint.followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME, Channel.EMAIL,
                        first == null ? null : first.name(), first == null ? null : first.email())));
    }
}
