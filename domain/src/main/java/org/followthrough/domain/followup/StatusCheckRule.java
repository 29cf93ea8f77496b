package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The check-in while waiting for a decision on the latest round: one business day after the date they gave, a week
 * after "a few days", two weeks when they gave no date; then no sooner than a week after the last check-in or
 * their last word, and at most three per round. An offer, a rejection, or an invitation to another round ends it.
 */
final class StatusCheckRule implements FollowUpRule {

    /** When the next check-in is due, and the sentence that says why. */
    record Next(LocalDate due, String why, int number) {
    }

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        if (facts.isClosed()) {
            return List.of();
        }
        return next(facts, calendar, policy).map(next -> {
            InterviewHeld interview = facts.latestInterview().orElseThrow();
            Interviewer first = interview.interviewers().isEmpty() ? null : interview.interviewers().getFirst();
            return List.of(new DueAction(facts.opportunityId, "STATUS_CHECK:" + interview.interviewId() + ":" + next.number(),
                    Rule.STATUS_CHECK, "Check in with " + facts.employer() + " on where things stand", null, next.due(),
                    calendar.endOf(next.due()), Priority.NORMAL, next.why(),
                    RecordHint.followUp(FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, first == null ? null : first.name(),
                            first == null ? null : first.email())));
        }).orElse(List.of());
    }

    /** The next check-in for the latest round, if one is called for. Also used to warn about early check-ins. */
    static Optional<Next> next(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        Optional<InterviewHeld> latest = facts.latestInterview();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        InterviewHeld interview = latest.get();
        List<RecruiterReplied> replies = facts.repliesAfter(interview.endedAt());
        if (replies.stream().anyMatch(reply -> reply.kind().isDecision() || reply.kind() == ReplyKind.NEXT_ROUND)) {
            return Optional.empty();
        }
        List<FollowUpSent> checkIns = facts.followUpsAfter(interview.endedAt(), FollowUpPurpose.STATUS_CHECK);
        if (checkIns.size() >= policy.checkInsPerRound()) {
            return Optional.empty();
        }
        int number = checkIns.size() + 1;
        Next first = first(facts, interview, calendar, policy, number);
        Optional<LocalDate> lastCheckIn = checkIns.isEmpty() ? Optional.empty()
                : Optional.of(calendar.dayOf(checkIns.getLast().sentAt()));
        Optional<LocalDate> lastWord = replies.isEmpty() ? Optional.empty()
                : Optional.of(calendar.dayOf(replies.getLast().receivedAt()));
        if (lastCheckIn.isEmpty() && lastWord.isEmpty()) {
            return Optional.of(first);
        }
        boolean checkInIsLater = lastWord.isEmpty()
                || (lastCheckIn.isPresent() && !lastCheckIn.get().isBefore(lastWord.get()));
        LocalDate from = checkInIsLater ? lastCheckIn.get() : lastWord.get();
        LocalDate counted = from.plusDays(policy.daysBetweenCheckIns());
        LocalDate due = calendar.onOrAfterBusinessDay(counted);
        if (!due.isAfter(first.due())) {
            return Optional.of(first);
        }
        String since = checkInIsLater
                ? "You last checked in on " + Dates.day(from)
                : "They last wrote on " + Dates.day(from) + " without a decision";
        return Optional.of(new Next(due, since + "; give them " + Dates.ordinalWeeks(policy.daysBetweenCheckIns())
                + " before the next check-in: " + Explain.rolledForward(calendar, counted, due) + "."
                + countNote(number, policy), number));
    }

    private static Next first(OpportunityFacts facts, InterviewHeld interview, BusinessCalendar calendar,
                              FollowUpPolicy policy, int number) {
        LocalDate interviewDay = calendar.dayOf(interview.endedAt());
        DecisionTimeline decision = interview.decision();
        return switch (decision.kind()) {
            case DATE -> {
                LocalDate stated = decision.date();
                LocalDate due = calendar.plusBusinessDays(stated, policy.checkInBusinessDaysAfterStatedDate());
                String passed = facts.deadlinePassedFor(interview.interviewId())
                        ? " That day went by without word from them."
                        : " If you have not heard by then, check in and mention the date they gave.";
                yield new Next(due, "They said " + Dates.day(stated) + "; "
                        + Dates.businessDays(policy.checkInBusinessDaysAfterStatedDate()) + " later is " + Dates.day(due)
                        + Explain.holidaysSkipped(calendar, stated, due) + "." + passed + countNote(number, policy), number);
            }
            case FEW_DAYS -> {
                LocalDate counted = interviewDay.plusDays(policy.checkInDaysAfterFewDays());
                LocalDate due = calendar.onOrAfterBusinessDay(counted);
                yield new Next(due, "They said you would hear within a few days; "
                        + Dates.ordinalWeeks(policy.checkInDaysAfterFewDays()) + " after the interview on "
                        + Dates.day(interviewDay) + " is " + Explain.rolledForward(calendar, counted, due) + "."
                        + countNote(number, policy), number);
            }
            case NONE -> {
                LocalDate counted = interviewDay.plusDays(policy.checkInDaysWithoutTimeline());
                LocalDate due = calendar.onOrAfterBusinessDay(counted);
                yield new Next(due, "They named no date for a decision; " + Dates.ordinalWeeks(policy.checkInDaysWithoutTimeline())
                        + " after the interview on " + Dates.day(interviewDay) + " is "
                        + Explain.rolledForward(calendar, counted, due) + "." + countNote(number, policy), number);
            }
        };
    }

    private static String countNote(int number, FollowUpPolicy policy) {
        return number == 1 ? "" : " This would be check-in " + number + " of " + policy.checkInsPerRound() + " for this round.";
    }
}
