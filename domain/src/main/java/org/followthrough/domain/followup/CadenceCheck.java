package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recording a follow-up sooner than the cadence allows is allowed, but the candidate hears about it (seeds 002–004:
 * do not follow up too often; seed 004: never call the hiring manager again and again). A check-in: before the
 * employer's own date, before the usual first one, sooner than the spacing after the last contact (the same
 * {@link Silence} meaning the status check uses), or beyond the allowance of unanswered ones. A call: when the last
 * message asking for news was a call too, within the spacing, with no answer in between. Telling them about a
 * competing offer is exempt from the check-in rhythm.
 */
public final class CadenceCheck {

    private CadenceCheck() {
    }

    /** Warnings about {@code followUp}, judged against the history as it was before it. */
    public static List<String> warnings(OpportunityId opportunityId, OpportunityHistory before, FollowUpSent followUp,
                                        BusinessCalendar calendar, FollowUpPolicy policy) {
        OpportunityHistory asItStood = OpportunityHistory.ofEntries(before.entries().stream()
                .filter(entry -> !entry.event().occurredAt().isAfter(followUp.sentAt()))
                .toList());
        OpportunityFacts facts = OpportunityFacts.of(opportunityId, asItStood.effectiveEvents());
        LocalDate sent = calendar.dayOf(followUp.sentAt());
        List<String> warnings = new ArrayList<>();
        if (followUp.channel() == Channel.PHONE && followUp.purpose().asksForNews()) {
            secondCall(facts, sent, calendar, policy).ifPresent(warnings::add);
        }
        Optional<InterviewHeld> latest = facts.latestInterview();
        if (followUp.purpose() != FollowUpPurpose.STATUS_CHECK || latest.isEmpty()) {
            return warnings;
        }
        InterviewHeld interview = latest.get();
        int inARow = Silence.checkInsInARow(facts, interview).size();
        if (inARow >= policy.checkInsPerRound()) {
            warnings.add("This is check-in " + (inARow + 1) + " in a row without an answer. After "
                    + policy.checkInsPerRound() + " unanswered, more of them rarely help; consider waiting for them or moving on.");
        }
        DecisionTimeline decision = facts.decisionOn(interview);
        Instant since = facts.decisionSince(interview);
        Optional<Silence.Contact> last = Silence.lastContactSince(facts, since)
                .filter(contact -> contact.at().isAfter(since));
        if (decision.kind() == DecisionTimeline.Kind.DATE && !sent.isAfter(decision.date())) {
            warnings.add("They said " + Dates.day(decision.date()) + "; checking in before that day is over "
                    + "can come across as impatient.");
        } else if (last.isEmpty()) {
            StatusCheckRule.next(facts, calendar, policy)
                    .filter(next -> sent.isBefore(next.due()))
                    .ifPresent(next -> warnings.add("The usual first check-in would be on " + Dates.day(next.due())
                            + "; this one is early, which can read as pushy."));
        }
        if (last.isPresent()) {
            LocalDate previous = calendar.dayOf(last.get().at());
            LocalDate allowed = previous.plusDays(policy.daysBetweenCheckIns());
            if (sent.isBefore(allowed)) {
                String who = last.get().fromThem() ? "They last wrote on " + Dates.day(previous)
                        : "Your last message asking for news went out on " + Dates.day(previous);
                warnings.add(who + "; the usual rhythm is one check-in every " + Dates.days(policy.daysBetweenCheckIns())
                        + " after the last contact, so the next would be " + Dates.day(allowed) + ".");
            }
        }
        return warnings;
    }

    private static Optional<String> secondCall(OpportunityFacts facts, LocalDate sent, BusinessCalendar calendar,
                                               FollowUpPolicy policy) {
        Optional<Silence.Contact> last = Silence.contacts(facts).stream().reduce((first, second) -> second);
        Optional<FollowUpSent> lastCall = facts.followUps.stream()
                .filter(followUp -> followUp.purpose().asksForNews())
                .reduce((first, second) -> second)
                .filter(followUp -> followUp.channel() == Channel.PHONE);
        if (lastCall.isEmpty() || last.isEmpty() || last.get().fromThem()) {
            return Optional.empty();
        }
        LocalDate called = calendar.dayOf(lastCall.get().sentAt());
        if (!sent.isBefore(called.plusDays(policy.daysBetweenCheckIns()))) {
            return Optional.empty();
        }
        return Optional.of("You already called them on " + Dates.day(called) + " and have not heard back; a second call"
                + " within " + Dates.days(policy.daysBetweenCheckIns()) + " can feel like pressure. If you must, write instead.");
    }
}
