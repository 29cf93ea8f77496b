package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Another offer with its own deadline: tell this employer and ask for an update within a business day, and before
 * that offer must be answered, even if a check-in went out recently (seed 004: clearing the air brings clarity either
 * way; seed 002: let them know where you stand and encourage them to act). Worth doing until the other offer's own
 * deadline has passed; after that the news no longer helps them decide in time.
 */
final class ClearTheAirRule implements FollowUpRule {

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        for (CompetingOfferReceived offer : facts.competingOffers) {
            if (facts.decisionAfter(offer.receivedAt()).isPresent()
                    || !facts.followUpsAfter(offer.receivedAt(), FollowUpPurpose.CLEAR_THE_AIR).isEmpty()) {
                continue;
            }
            LocalDate arrived = calendar.dayOf(offer.receivedAt());
            LocalDate withinBusinessDays = calendar.plusBusinessDays(arrived, policy.clearTheAirBusinessDays());
            LocalDate due = offer.respondBy().isBefore(withinBusinessDays) ? offer.respondBy() : withinBusinessDays;
            String when = due.equals(withinBusinessDays)
                    ? Dates.businessDays(policy.clearTheAirBusinessDays()) + " later is " + Dates.day(due)
                    + Explain.holidaysSkipped(calendar, arrived, due)
                    : "their answer is due first, so write by " + Dates.day(due);
            Interviewer first = facts.latestInterview().flatMap(interview -> interview.interviewers().stream().findFirst())
                    .orElse(null);
            actions.add(DueAction.of(facts.opportunityId, Rule.CLEAR_THE_AIR,
                            "CLEAR_THE_AIR:" + offer.receivedAt().toEpochMilli())
                    .action("Tell " + facts.employer() + " about your other offer and ask where they stand")
                    .dueOn(due, calendar)
                    .priority(Priority.HIGH)
                    .because("Another offer came on " + Dates.day(arrived) + " and needs your answer by "
                            + Dates.day(offer.respondBy()) + "; " + when
                            + ". Worth sending even if you checked in recently: they would rather know.")
                    .worthUntil(calendar.endOf(offer.respondBy()), "The other offer had to be answered by "
                            + Dates.day(offer.respondBy()) + "; telling them now no longer gives them the chance to move first.")
                    .recordedAs(RecordHint.followUp(FollowUpPurpose.CLEAR_THE_AIR, Channel.EMAIL,
                            first == null ? null : first.name(), first == null ? null : first.email())));
        }
        return actions;
    }
}
