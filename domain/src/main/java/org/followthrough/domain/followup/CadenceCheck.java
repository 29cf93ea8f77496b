package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.OpportunityId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recording a check-in sooner than the cadence allows is allowed, but the candidate hears about it: before the
 * employer's own date, sooner than a week after the last one, or beyond three in a round. Telling them about a
 * competing offer is exempt.
 */
public final class CadenceCheck {

    private CadenceCheck() {
    }

    /** Warnings about {@code followUp}, judged against the history as it was before it. */
    public static List<String> warnings(OpportunityId opportunityId, OpportunityHistory before, FollowUpSent followUp,
                                        BusinessCalendar calendar, FollowUpPolicy policy) {
        if (followUp.purpose() != FollowUpPurpose.STATUS_CHECK) {
            return List.of();
        }
        OpportunityHistory asItStood = OpportunityHistory.ofEntries(before.entries().stream()
                .filter(entry -> !entry.event().occurredAt().isAfter(followUp.sentAt()))
                .toList());
        OpportunityFacts facts = OpportunityFacts.of(opportunityId, asItStood.effectiveEvents());
        Optional<InterviewHeld> latest = facts.latestInterview();
        if (latest.isEmpty()) {
            return List.of();
        }
        InterviewHeld interview = latest.get();
        LocalDate sent = calendar.dayOf(followUp.sentAt());
        List<String> warnings = new ArrayList<>();
        List<FollowUpSent> earlier = facts.followUpsAfter(interview.endedAt(), FollowUpPurpose.STATUS_CHECK);
        if (earlier.size() >= policy.checkInsPerRound()) {
            warnings.add("This is check-in " + (earlier.size() + 1) + " for this round. After "
                    + policy.checkInsPerRound() + " without an answer, more of them rarely help; consider waiting for them or moving on.");
        }
        if (interview.decision().kind() == DecisionTimeline.Kind.DATE && !sent.isAfter(interview.decision().date())) {
            warnings.add("They said " + Dates.day(interview.decision().date()) + "; checking in before that day is over "
                    + "can come across as impatient.");
        } else if (earlier.isEmpty()) {
            StatusCheckRule.next(facts, calendar, policy)
                    .filter(next -> sent.isBefore(next.due()))
                    .ifPresent(next -> warnings.add("The usual first check-in would be on " + Dates.day(next.due())
                            + "; this one is early, which can read as pushy."));
        }
        if (!earlier.isEmpty()) {
            LocalDate previous = calendar.dayOf(earlier.getLast().sentAt());
            LocalDate allowed = previous.plusDays(policy.daysBetweenCheckIns());
            if (sent.isBefore(allowed)) {
                warnings.add("Your previous check-in was on " + Dates.day(previous) + "; the usual rhythm is one every "
                        + Dates.days(policy.daysBetweenCheckIns()) + ", so the next would be " + Dates.day(allowed) + ".");
            }
        }
        return warnings;
    }
}
