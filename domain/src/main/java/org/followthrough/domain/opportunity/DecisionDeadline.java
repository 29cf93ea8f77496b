package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.Days;
import org.followthrough.domain.shared.InterviewId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The persistent deadline an employer's stated decision day sets: it falls at the end of that day in the candidate's
 * time zone. Recorded live (the aggregate schedules it) or imported (the import schedules what is still to come), the
 * rule is this one.
 */
public record DecisionDeadline(InterviewId interviewId, LocalDate statedDate, Instant endOfDay) {

    public static final String NAME = "decision-date";

    /** The deadline of an interview whose employer named a day; none for "a few days" or no answer. */
    public static Optional<DecisionDeadline> of(InterviewId interview, DecisionTimeline decision, ZoneId zone) {
        LocalDate date = decision.date();
        return date == null ? Optional.empty() : Optional.of(new DecisionDeadline(interview, date, Days.endOf(date, zone)));
    }

    /** Still to come at {@code now}: it is scheduled; otherwise the day has gone by already. */
    public boolean isAfter(Instant now) {
        return endOfDay.isAfter(now);
    }

    /**
     * The deadlines of a history that are still to come at {@code now} and not yet marked as passed: those a live
     * aggregate would have scheduled, for the interviews that still count, on the day the employer last named (a moved
     * date replaces the one named at the interview).
     */
    public static List<DecisionDeadline> stillToCome(OpportunityHistory history, ZoneId zone, Instant now) {
        OpportunityState state = history.state();
        List<OpportunityEvent> effective = history.effectiveEvents();
        return state.interviews().keySet().stream()
                .flatMap(interview -> state.decisionOn(interview).flatMap(decision -> of(interview, decision, zone)).stream())
                .filter(deadline -> effective.stream().noneMatch(event -> event instanceof DeadlinePassed passed
                        && passed.interviewId().equals(deadline.interviewId())
                        && passed.statedDate().equals(deadline.statedDate())))
                .filter(deadline -> deadline.isAfter(now))
                .toList();
    }
}
