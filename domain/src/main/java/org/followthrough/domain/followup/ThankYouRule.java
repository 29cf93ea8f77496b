package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A personal thank-you to each interviewer within 24 hours of the interview's end (seeds 000 and 004: within a day;
 * seed 003: a note the day after; seed 002: handwritten only if it can arrive before they decide). A handwritten note is
 * suggested only when the decision is far enough away for it to arrive in time. Worth sending for about a week; later
 * it reads as an afterthought and is missed.
 */
final class ThankYouRule implements FollowUpRule {

    /** How long after the interview's end a thank-you still reads as one. */
    static final Duration WORTH_FOR = Duration.ofDays(7);

    private static final String MISSED = "More than a week after the interview a thank-you reads as an afterthought;"
            + " put a word of thanks into your next message instead.";

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        List<DueAction> actions = new ArrayList<>();
        for (InterviewHeld interview : facts.interviews) {
            if (facts.isSuperseded(interview) || facts.decisionAfter(interview.endedAt()).isPresent()) {
                continue;
            }
            Instant dueAt = interview.endedAt().plus(policy.thankYouWithin());
            String timing = "The round " + interview.round() + " interview ended " + Dates.dayTime(interview.endedAt(), calendar.zone())
                    + "; within " + hours(policy) + " means by " + Dates.dayTime(dueAt, calendar.zone()) + ".";
            boolean handwritten = handwrittenArrivesInTime(interview, calendar, policy);
            String channelAdvice = handwritten
                    ? " Their decision is more than " + Dates.days(policy.handwrittenIfDecisionDaysAway())
                    + " away, so a handwritten note would still arrive in time."
                    : interview.decision().kind() == DecisionTimeline.Kind.DATE
                    ? " They decide soon, so send it by e-mail rather than by post." : "";
            if (interview.interviewers().isEmpty()) {
                if (!facts.thankedAnyone(interview.interviewId())) {
                    actions.add(DueAction.of(facts.opportunityId, Rule.THANK_YOU, "THANK_YOU:" + interview.interviewId())
                            .action("Send a thank-you for the round " + interview.round() + " interview")
                            .dueAt(dueAt)
                            .priority(Priority.HIGH)
                            .because(timing + channelAdvice
                                    + " You did not note who interviewed you; address it to the person who invited you.")
                            .worthUntil(interview.endedAt().plus(WORTH_FOR), MISSED)
                            .recordedAs(RecordHint.thankYou(interview.interviewId(), null, null, Channel.EMAIL)));
                }
                continue;
            }
            for (Interviewer interviewer : interview.interviewers()) {
                if (facts.thanked(interview.interviewId(), interviewer)) {
                    continue;
                }
                actions.add(DueAction.of(facts.opportunityId, Rule.THANK_YOU,
                                "THANK_YOU:" + interview.interviewId() + ":" + Interviewer.key(interviewer.name()))
                        .action("Thank " + interviewer.name() + " for the interview")
                        .dueAt(dueAt)
                        .priority(Priority.HIGH)
                        .because(timing + channelAdvice + (interview.interviewers().size() > 1
                                ? " Write each interviewer a note of their own." : ""))
                        .worthUntil(interview.endedAt().plus(WORTH_FOR), MISSED)
                        .recordedAs(RecordHint.thankYou(interview.interviewId(), interviewer.name(), interviewer.email(),
                                Channel.EMAIL)));
            }
        }
        return actions;
    }

    private static boolean handwrittenArrivesInTime(InterviewHeld interview, BusinessCalendar calendar, FollowUpPolicy policy) {
        if (interview.decision().kind() != DecisionTimeline.Kind.DATE || interview.decision().date() == null) {
            return false;
        }
        LocalDate day = calendar.dayOf(interview.endedAt());
        return ChronoUnit.DAYS.between(day, interview.decision().date()) > policy.handwrittenIfDecisionDaysAway();
    }

    private static String hours(FollowUpPolicy policy) {
        long hours = policy.thankYouWithin().toHours();
        return hours % 24 == 0 && hours > 24 ? (hours / 24) + " days" : hours + " hours";
    }
}
