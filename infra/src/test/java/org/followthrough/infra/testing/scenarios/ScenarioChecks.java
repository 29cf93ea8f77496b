package org.followthrough.infra.testing.scenarios;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Expected;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Person;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Step;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a scenario could be replayed through the REST API as written: the checks the app makes on each call
 * (no future times, a thank-you after the interview and to one of its interviewers, nothing but corrections
 * after closing, …), plus one for the author: every time is written with the offset the candidate's zone has
 * at that instant, so that "15:30+01:00" really is 15:30 on the candidate's clock.
 */
public final class ScenarioChecks {

    /** The scenarios stay before this instant: the app refuses times in the future, and they must replay later. */
    public static final Instant REPLAYABLE_BEFORE = Instant.parse("2026-11-20T00:00:00Z");

    private ScenarioChecks() {
    }

    /** What is wrong with the scenario; empty when it could be replayed through the API. */
    public static List<String> problemsWith(FollowUpScenario scenario) {
        List<String> problems = new ArrayList<>();
        ZoneId zone;
        try {
            zone = scenario.zoneId();
            Region.parse(scenario.region());
        } catch (RuntimeException e) {
            return List.of("region or zone: " + e.getMessage());
        }
        checkTime(problems, zone, "asOf", scenario.asOf());
        Instant asOf = scenario.asOf().toInstant();
        List<Step> steps = scenario.steps();
        if (steps.isEmpty() || !(steps.getFirst() instanceof Step.Open)) {
            problems.add("the first step must open the opportunity");
        }
        Map<String, Step.Interview> interviews = new HashMap<>();
        Map<String, Step.ScheduledInterview> scheduled = new HashMap<>();
        Set<Integer> retracted = new HashSet<>();
        boolean closed = false;
        boolean closedWithOutcome = false;
        boolean needsNewEndpoints = !scenario.missed().isEmpty();
        for (int index = 0; index < steps.size(); index++) {
            Step step = steps.get(index);
            String at = "step " + index + " (" + step.getClass().getSimpleName() + ")";
            boolean thanksAfterOutcome = step instanceof Step.FollowUp followUp
                    && followUp.purpose() == FollowUpPurpose.THANKS_AFTER_OUTCOME;
            if (closed && !(step instanceof Step.Retract) && !(thanksAfterOutcome && closedWithOutcome)) {
                problems.add(at + ": the opportunity is closed; only corrections (and the thanks after an outcome) are accepted");
            }
            needsNewEndpoints |= step instanceof Step.ScheduledInterview || step instanceof Step.Reschedule
                    || step instanceof Step.Cancel || step instanceof Step.DecisionChange
                    || step instanceof Step.Connection
                    || step instanceof Step.Notes notes && !notes.perInterviewer().isEmpty()
                    || step instanceof Step.ThankYou thankYou && thankYou.askedAboutNextSteps();
            switch (step) {
                case Step.Open open -> {
                    if (index != 0) {
                        problems.add(at + ": only the first step opens the opportunity");
                    }
                    checkStep(problems, zone, asOf, at, open.openedAt());
                }
                case Step.ScheduledInterview interview -> {
                    checkStep(problems, zone, asOf, at, interview.scheduledAt());
                    checkTime(problems, zone, at + " start", interview.startsAt());
                    if (interview.endsAt() != null) {
                        checkTime(problems, zone, at + " end", interview.endsAt());
                        Duration length = Duration.between(interview.startsAt(), interview.endsAt());
                        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(24)) > 0) {
                            problems.add(at + ": ends before it starts, or lasts more than 24 hours");
                        }
                    }
                    if (interviews.containsKey(interview.label()) || scheduled.put(interview.label(), interview) != null) {
                        problems.add(at + ": a second interview labelled " + interview.label());
                    }
                }
                case Step.Reschedule moved -> {
                    checkStep(problems, zone, asOf, at, moved.rescheduledAt());
                    checkTime(problems, zone, at + " start", moved.startsAt());
                    if (!scheduled.containsKey(moved.interview()) || interviews.containsKey(moved.interview())) {
                        problems.add(at + ": no scheduled interview labelled " + moved.interview() + " still to come");
                    }
                }
                case Step.Cancel cancelled -> {
                    checkStep(problems, zone, asOf, at, cancelled.cancelledAt());
                    if (scheduled.remove(cancelled.interview()) == null || interviews.containsKey(cancelled.interview())) {
                        problems.add(at + ": no scheduled interview labelled " + cancelled.interview() + " still to come");
                    }
                }
                case Step.DecisionChange changed -> {
                    checkStep(problems, zone, asOf, at, changed.toldAt());
                    Step.Interview interview = requireInterview(problems, interviews, at, changed.interview());
                    if (interview != null && changed.toldAt().toInstant().isBefore(interview.endedAt().toInstant())) {
                        problems.add(at + ": told before the interview ended");
                    }
                    LocalDate toldOn = changed.toldAt().atZoneSameInstant(zone).toLocalDate();
                    if (changed.decision().date() != null && changed.decision().date().isBefore(toldOn)) {
                        problems.add(at + ": the new date must be on or after the day they told you");
                    }
                }
                case Step.Connection connection -> checkStep(problems, zone, asOf, at, connection.connectedAt());
                case Step.Interview interview -> {
                    checkStep(problems, zone, asOf, at, interview.endedAt());
                    if (interviews.put(interview.label(), interview) != null) {
                        problems.add(at + ": a second interview labelled " + interview.label());
                    }
                    if (interview.startedAt() != null) {
                        checkStep(problems, zone, asOf, at + " start", interview.startedAt());
                        Duration length = Duration.between(interview.startedAt(), interview.endedAt());
                        if (length.isNegative() || length.compareTo(Duration.ofHours(24)) > 0) {
                            problems.add(at + ": starts after it ends, or lasts more than 24 hours");
                        }
                    }
                    Set<String> names = new HashSet<>();
                    for (Person person : interview.interviewers()) {
                        if (!names.add(Interviewer.key(person.name()))) {
                            problems.add(at + ": " + person.name() + " is listed twice");
                        }
                    }
                    LocalDate day = interview.endedAt().atZoneSameInstant(zone).toLocalDate();
                    LocalDate stated = interview.decision().date();
                    try {
                        interview.decision().timeline();
                    } catch (RuntimeException e) {
                        problems.add(at + ": decision: " + e.getMessage());
                    }
                    if (stated != null && (stated.isBefore(day) || stated.isAfter(day.plusYears(1)))) {
                        problems.add(at + ": the stated date must be on or after the interview's day, within a year");
                    }
                }
                case Step.Notes notes -> requireInterview(problems, interviews, at, notes.interview());
                case Step.ThankYou thankYou -> {
                    checkStep(problems, zone, asOf, at, thankYou.sentAt());
                    Step.Interview interview = requireInterview(problems, interviews, at, thankYou.interview());
                    if (interview != null) {
                        if (thankYou.sentAt().toInstant().isBefore(interview.endedAt().toInstant())) {
                            problems.add(at + ": sent before the interview ended");
                        }
                        if (!interview.interviewers().isEmpty() && interview.interviewers().stream()
                                .noneMatch(person -> Interviewer.key(person.name()).equals(Interviewer.key(thankYou.interviewer())))) {
                            problems.add(at + ": " + thankYou.interviewer() + " was not among the interviewers");
                        }
                    }
                }
                case Step.FollowUp followUp -> checkStep(problems, zone, asOf, at, followUp.sentAt());
                case Step.Reply reply -> checkStep(problems, zone, asOf, at, reply.receivedAt());
                case Step.CompetingOffer offer -> {
                    checkStep(problems, zone, asOf, at, offer.receivedAt());
                    if (offer.respondBy().isBefore(offer.receivedAt().atZoneSameInstant(zone).toLocalDate())) {
                        problems.add(at + ": must be answered before it arrived");
                    }
                }
                case Step.Close close -> {
                    checkStep(problems, zone, asOf, at, close.at());
                    closed = true;
                    closedWithOutcome = close.outcome() == Outcome.REJECTED
                            || close.outcome() == Outcome.ACCEPTED_OFFER;
                }
                case Step.Retract retract -> {
                    int target = retract.step();
                    if (target <= 0 || target >= index || steps.get(target) instanceof Step.Retract
                            || !retracted.add(target)) {
                        problems.add(at + ": can only take back an earlier entry, once, and not the opening");
                    } else if (steps.get(target) instanceof Step.Close) {
                        closed = false;
                    }
                }
            }
        }
        if (needsNewEndpoints != scenario.needsNewEndpoints()) {
            problems.add(needsNewEndpoints
                    ? "records what the API has no call for yet, or expects missed actions: mark it needsNewEndpoints"
                    : "is marked needsNewEndpoints but the API can replay it today: remove the mark");
        }
        List<Expected> all = new ArrayList<>(scenario.expected());
        all.addAll(scenario.missed());
        for (Expected expected : all) {
            if (Expected.isAboutSomething(expected.rule()) != (expected.about() != null)) {
                problems.add(expected.describe() + ": says what it is about exactly for THANK_YOU, NOTES, CONNECT,"
                        + " PREPARE and CONFIRM_HELD");
            }
            if (Expected.isDueAtAnInstant(expected.rule()) != (expected.dueAt() != null)) {
                problems.add(expected.describe() + ": only a thank-you and a confirmation are due at an instant");
            }
            if (expected.dueAt() != null) {
                checkOffset(problems, zone, expected.describe(), expected.dueAt());
            }
        }
        return problems;
    }

    private static Step.@Nullable Interview requireInterview(List<String> problems, Map<String, Step.Interview> interviews,
                                                   String at, String label) {
        Step.Interview interview = interviews.get(label);
        if (interview == null) {
            problems.add(at + ": no earlier interview labelled " + label);
        }
        return interview;
    }

    private static void checkStep(List<String> problems, ZoneId zone, Instant asOf, String what, OffsetDateTime time) {
        checkTime(problems, zone, what, time);
        if (time.toInstant().isAfter(asOf)) {
            problems.add(what + ": " + time + " is after asOf; the scenario looks at what had happened by then");
        }
    }

    private static void checkTime(List<String> problems, ZoneId zone, String what, OffsetDateTime time) {
        if (!time.toInstant().isBefore(REPLAYABLE_BEFORE)) {
            problems.add(what + ": " + time + " is not before " + REPLAYABLE_BEFORE + "; the app would refuse it");
        }
        checkOffset(problems, zone, what, time);
    }

    private static void checkOffset(List<String> problems, ZoneId zone, String what, OffsetDateTime time) {
        try {
            if (!zone.getRules().getOffset(time.toInstant()).equals(time.getOffset())) {
                problems.add(what + ": " + time + " is not written with " + zone + "'s offset at that moment ("
                        + zone.getRules().getOffset(time.toInstant()) + ")");
            }
        } catch (DateTimeException e) {
            problems.add(what + ": " + e.getMessage());
        }
    }
}
