package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.ThankYouSent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** After thanking someone, optionally connect with them on LinkedIn. Any time; never overdue. */
final class ConnectRule implements FollowUpRule {

    /** How far ahead the suggestion is placed; it is low priority and never overdue. */
    static final int SOFT_HORIZON_DAYS = 14;

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        if (facts.isClosed()) {
            return actions;
        }
        Set<String> onLinkedIn = new HashSet<>();
        facts.thankYous.stream().filter(thankYou -> thankYou.channel() == Channel.LINKEDIN)
                .forEach(thankYou -> onLinkedIn.add(Interviewer.key(thankYou.interviewer())));
        facts.followUps.stream().filter(followUp -> followUp.channel() == Channel.LINKEDIN && followUp.recipient() != null)
                .forEach(followUp -> onLinkedIn.add(Interviewer.key(followUp.recipient())));
        Set<String> suggested = new HashSet<>();
        for (ThankYouSent thankYou : facts.thankYous) {
            String key = Interviewer.key(thankYou.interviewer());
            if (onLinkedIn.contains(key) || !suggested.add(key)) {
                continue;
            }
            LocalDate day = calendar.dayOf(thankYou.sentAt());
            LocalDate horizon = day.plusDays(SOFT_HORIZON_DAYS);
            String email = facts.interviewerCalled(thankYou.interviewer()).map(Interviewer::email).orElse(null);
            actions.add(new DueAction(facts.opportunityId, "CONNECT:" + key, Rule.CONNECT,
                    "Connect with " + thankYou.interviewer() + " on LinkedIn", null, horizon, calendar.endOf(horizon),
                    Priority.LOW, "You thanked " + thankYou.interviewer() + " on " + Dates.day(day)
                    + ". If it feels natural, connect on LinkedIn: it keeps the door open whatever happens here. No rush.",
                    new RecordHint(RecordHint.Form.FOLLOW_UP, null, thankYou.interviewer(), email, null, Channel.LINKEDIN, null)));
        }
        return actions;
    }
}
