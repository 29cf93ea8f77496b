package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * After an offer or a rejection, thank them regardless; after a rejection also ask for feedback and stay in touch
 * (seed 000: follow up whatever the outcome; seed 003: it can bring feedback; seed 004: rapport pays off later). The
 * outcome is a recorded offer or rejection, or closing the opportunity as rejected or with the offer accepted (closing
 * as withdrawn or ghosted is no outcome to thank for). Within two business days; the thanks may be recorded on the
 * closed opportunity. Worth doing for two weeks; after that the moment has passed.
 */
final class AfterOutcomeRule implements FollowUpRule {

    /** Days after the outcome's day until which thanking them still fits. */
    static final int WORTH_DAYS = 14;

    /** The outcome to thank them for: when it came and whether it was a no. */
    private record Outcomes(Instant at, boolean rejected) {
    }

    /** The outcome may be recorded by closing the opportunity, and the thanks recorded on the closed one. */
    @Override
    public boolean outlivesClosing() {
        return true;
    }

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        OpportunityClosed closure = facts.closure;
        if (closure != null && closure.outcome() != Outcome.REJECTED && closure.outcome() != Outcome.ACCEPTED_OFFER) {
            return List.of();
        }
        RecruiterReplied decision = facts.replies.stream().filter(reply -> reply.kind().isDecision())
                .reduce((first, second) -> second).orElse(null);
        Outcomes outcome = decision != null ? new Outcomes(decision.receivedAt(), decision.kind() == ReplyKind.REJECTION)
                : closure != null ? new Outcomes(closure.closedAt(), closure.outcome() == Outcome.REJECTED)
                : null;
        if (outcome == null || !facts.followUpsAfter(outcome.at(), FollowUpPurpose.THANKS_AFTER_OUTCOME).isEmpty()) {
            return List.of();
        }
        LocalDate day = calendar.dayOf(outcome.at());
        LocalDate due = calendar.plusBusinessDays(day, policy.afterOutcomeBusinessDays());
        String deadline = Dates.businessDays(policy.afterOutcomeBusinessDays()) + " later is " + Dates.day(due)
                + Explain.holidaysSkipped(calendar, day, due);
        Interviewer first = facts.latestInterview().flatMap(interview -> interview.interviewers().stream().findFirst())
                .orElse(null);
        return List.of(DueAction.of(facts.opportunityId, Rule.AFTER_OUTCOME, "AFTER_OUTCOME:" + outcome.at().toEpochMilli())
                .action(outcome.rejected() ? "Thank " + facts.employer() + " and ask for feedback"
                        : "Thank " + facts.employer() + " for the offer")
                .dueOn(due, calendar)
                .because((outcome.rejected()
                        ? "They said no on " + Dates.day(day) + ". Thank them anyway, ask what would have made the"
                        + " difference, and keep in touch; people remember a gracious reply"
                        : "They made you an offer on " + Dates.day(day) + ". Thank them, whatever you decide")
                        + ": " + deadline + ".")
                .worthUntil(calendar.endOf(day.plusDays(WORTH_DAYS)), "Two weeks after the outcome a thank-you has lost"
                        + " its moment; a friendly word when your paths cross again does the same.")
                .recordedAs(RecordHint.followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME, Channel.EMAIL,
                        first == null ? null : first.name(), first == null ? null : first.email())));
    }
}
