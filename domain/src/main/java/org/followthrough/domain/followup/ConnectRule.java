package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.ThankYouSent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * After thanking someone, optionally connect with them on LinkedIn (seed 004: a connection request builds rapport that
 * lasts beyond this opening). Any time, low priority, never overdue and never missed. Done by a recorded connection, a
 * follow-up with purpose CONNECT, or any message to them on LinkedIn.
 */
final class ConnectRule implements FollowUpRule {

    /** How far ahead the suggestion is placed; it is low priority and never overdue. */
    static final int SOFT_HORIZON_DAYS = 14;

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        Set<String> onLinkedIn = new HashSet<>();
        facts.thankYous.stream().filter(thankYou -> thankYou.channel() == Channel.LINKEDIN)
                .forEach(thankYou -> onLinkedIn.add(Interviewer.key(thankYou.interviewer())));
        facts.followUps.stream().filter(followUp -> (followUp.channel() == Channel.LINKEDIN
                        || followUp.purpose() == FollowUpPurpose.CONNECT) && followUp.recipient() != null)
                .forEach(followUp -> onLinkedIn.add(Interviewer.key(followUp.recipient())));
        for (ConnectionMade connection : facts.connections) {
            onLinkedIn.add(Interviewer.key(connection.person()));
        }
        Set<String> suggested = new HashSet<>();
        for (ThankYouSent thankYou : facts.thankYous) {
            String key = Interviewer.key(thankYou.interviewer());
            if (onLinkedIn.contains(key) || !suggested.add(key)) {
                continue;
            }
            LocalDate day = calendar.dayOf(thankYou.sentAt());
            LocalDate horizon = day.plusDays(SOFT_HORIZON_DAYS);
            String email = facts.interviewerCalled(thankYou.interviewer()).map(Interviewer::email).orElse(null);
            actions.add(DueAction.of(facts.opportunityId, Rule.CONNECT, "CONNECT:" + key)
                    .action("Connect with " + thankYou.interviewer() + " on LinkedIn")
                    .dueOn(horizon, calendar)
                    .priority(Priority.LOW)
                    .because("You thanked " + thankYou.interviewer() + " on " + Dates.day(day)
                            + ". If it feels natural, connect on LinkedIn: it keeps the door open whatever happens here. No rush.")
                    .recordedAs(RecordHint.followUp(FollowUpPurpose.CONNECT, Channel.LINKEDIN, thankYou.interviewer(), email)));
        }
        return actions;
    }
}
