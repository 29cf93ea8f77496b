package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.ReplyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The check-in while waiting for a decision on the latest round (seed 001: one business day after the date they gave
 * and mention that date, a week after "a few days", about two weeks without a date; seeds 002–004: do not pester, about
 * a week apart). Once the employer owes an answer, the next check-in waits the usual spacing after the last contact,
 * whoever made it (see {@link Silence}); the date they gave, or the one they moved it to, is never run ahead of. The
 * limit counts the check-ins in a row that got no answer. Nothing is due while an interview is scheduled, another
 * round is coming, or a concern of theirs is unanswered; an offer or a rejection ends it. Worth doing as long as it
 * is open: a late check-in is still a check-in.
 */
final class StatusCheckRule implements FollowUpRule {

    /** When the next check-in is due, the sentence that says why, and its number among the unanswered ones. */
    record Next(LocalDate due, String why, int number) {
    }

    @Override
    public List<DueAction> dueActions(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        return next(facts, calendar, policy).map(next -> {
            InterviewHeld interview = facts.latestInterview().orElseThrow();
            Interviewer first = interview.interviewers().isEmpty() ? null : interview.interviewers().getFirst();
            return List.of(DueAction.of(facts.opportunityId, Rule.STATUS_CHECK,
                            "STATUS_CHECK:" + interview.interviewId() + ":" + next.number())
                    .action("Check in with " + facts.employer() + " on where things stand")
                    .dueOn(next.due(), calendar)
                    .because(next.why())
                    .recordedAs(RecordHint.followUp(FollowUpPurpose.STATUS_CHECK, Channel.EMAIL,
                            first == null ? null : first.name(), first == null ? null : first.email())));
        }).orElse(List.of());
    }

    /** The next check-in for the latest round, if one is called for now. Also used to warn about early check-ins. */
    static Optional<Next> next(OpportunityFacts facts, BusinessCalendar calendar, FollowUpPolicy policy) {
        Optional<InterviewHeld> latest = facts.latestInterview();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        InterviewHeld interview = latest.get();
        if (facts.repliesAfter(interview.endedAt()).stream()
                .anyMatch(reply -> reply.kind().isDecision() || reply.kind() == ReplyKind.NEXT_ROUND)
                || !Silence.reasonsToWait(facts, calendar).isEmpty()) {
            return Optional.empty();
        }
        int inARow = Silence.checkInsInARow(facts, interview).size();
        if (inARow >= policy.checkInsPerRound()) {
            return Optional.empty();
        }
        int number = inARow + 1;
        Next first = first(facts, interview, calendar, policy, number);
        Optional<Silence.Contact> last = Silence.lastContactSince(facts, facts.decisionSince(interview))
                .filter(contact -> contact.at().isAfter(facts.decisionSince(interview)));
        if (last.isEmpty()) {
            return Optional.of(first);
        }
        LocalDate from = calendar.dayOf(last.get().at());
        LocalDate counted = from.plusDays(policy.daysBetweenCheckIns());
        LocalDate due = calendar.onOrAfterBusinessDay(counted);
        if (!due.isAfter(first.due())) {
            return Optional.of(first);
        }
        String since = last.get().fromThem()
                ? "They last wrote on " + Dates.day(from) + " without a decision"
                : capitalized(last.get().description()) + " on " + Dates.day(from);
        return Optional.of(new Next(due, since + "; give them " + Dates.ordinalWeeks(policy.daysBetweenCheckIns())
                + " before the next check-in: " + Explain.rolledForward(calendar, counted, due) + "."
                + countNote(number, policy), number));
    }

    private static Next first(OpportunityFacts facts, InterviewHeld interview, BusinessCalendar calendar,
                              FollowUpPolicy policy, int number) {
        Optional<DecisionTimelineChanged> changed = facts.decisionChange(interview);
        DecisionTimeline decision = facts.decisionOn(interview);
        LocalDate startDay = calendar.dayOf(facts.decisionSince(interview));
        String start = changed.isPresent()
                ? "On " + Dates.day(startDay) + " they changed their timeline: "
                : "";
        String after = changed.isPresent() ? " after they told you on " : " after the interview on ";
        return switch (decision.kind()) {
            case DATE -> {
                LocalDate stated = decision.date();
                LocalDate due = calendar.plusBusinessDays(stated, policy.checkInBusinessDaysAfterStatedDate());
                String passed = facts.deadlinePassedFor(interview.interviewId(), stated)
                        ? " That day went by without word from them."
                        : " If you have not heard by then, check in and mention the date they gave.";
                yield new Next(due, start + (changed.isPresent() ? "they now say " : "They said ") + Dates.day(stated) + "; "
                        + Dates.businessDays(policy.checkInBusinessDaysAfterStatedDate()) + " later is " + Dates.day(due)
                        + Explain.holidaysSkipped(calendar, stated, due) + "." + passed + countNote(number, policy), number);
            }
            case FEW_DAYS -> {
                LocalDate counted = startDay.plusDays(policy.checkInDaysAfterFewDays());
                LocalDate due = calendar.onOrAfterBusinessDay(counted);
                yield new Next(due, start + (changed.isPresent() ? "you would" : "They said you would")
                        + " hear within a few days; " + Dates.ordinalWeeks(policy.checkInDaysAfterFewDays()) + after
                        + Dates.day(startDay) + " is " + Explain.rolledForward(calendar, counted, due) + "."
                        + countNote(number, policy), number);
            }
            case NONE -> {
                LocalDate counted = startDay.plusDays(policy.checkInDaysWithoutTimeline());
                LocalDate due = calendar.onOrAfterBusinessDay(counted);
                yield new Next(due, start + (changed.isPresent() ? "they named no date any more" : "They named no date for a decision")
                        + "; " + Dates.ordinalWeeks(policy.checkInDaysWithoutTimeline()) + after + Dates.day(startDay)
                        + " is " + Explain.rolledForward(calendar, counted, due) + "." + countNote(number, policy), number);
            }
        };
    }

    private static String countNote(int number, FollowUpPolicy policy) {
        if (number == 1) {
            return "";
        }
        return " This would be check-in " + number + " of " + policy.checkInsPerRound() + " without an answer"
                + (number == policy.checkInsPerRound() ? ", the last one before it is time to think of moving on." : ".");
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
