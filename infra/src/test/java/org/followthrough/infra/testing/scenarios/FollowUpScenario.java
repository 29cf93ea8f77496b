package org.followthrough.infra.testing.scenarios;

import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.followup.Waiting;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.ReplyKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One dated story of an opportunity and the follow-up actions that must be open at its end: what a candidate
 * living in {@code region} (time zone {@code zone}) recorded, step by step, and exactly which actions the policy
 * owes them at {@code asOf} with the default numbers and the region's real public holidays.
 *
 * <p>Every step is one call of the REST API (DESIGN.md, "REST API v1"), with the times written as the candidate
 * would send them: instants with their offset. Interviews are referred to by a label, never by an id; a retraction
 * names the step it takes back by its index in {@link #steps()} (0 is the opening). A step's entry is the call's
 * {@code sequence} in the API's answer; in a plain replay the index and the sequence are equal.
 *
 * <p>Two steps carry no time over HTTP: notes and retractions are stamped by the server's clock. Replay them
 * through the API and ask for the due actions as of now, not as of {@link #asOf()}: no rule reads the time of
 * notes or of a retraction, and every other step happened by {@code asOf}, so the actions are the same; only
 * whether they are overdue differs. Run in memory, they count as made at {@code asOf}.
 *
 * <p>Besides the open actions, a scenario says which actions had been missed by {@code asOf} (past the time they
 * were worth doing), why the rules that hold back were waiting ({@code waiting}), and what some explanations must
 * say ({@code explanations}: facts such as dates, names and the reason, each to be found in the action's text).
 *
 * <p>{@code needsNewEndpoints}: the scenario records something the REST API has no call for yet (a scheduled
 * interview, a moved date, a connection, notes per interviewer, a thank-you that asked about next steps), or expects
 * missed actions listed apart). Since issue 10 the API has all of these and the HTTP replay (ScenarioReplayTest)
 * runs every scenario; the flag still says which scenarios exercise the issue-10 calls. {@link ScenarioChecks} insists that the flag is set exactly where needed.
 *
 * <p>The expected dates were worked out by hand from DESIGN.md and the official holiday calendars, not copied
 * from the code's output.
 */
public record FollowUpScenario(String name, String region, String zone, List<Step> steps, OffsetDateTime asOf,
                               List<Expected> expected, List<Expected> missed, List<Waiting.Reason> waiting,
                               List<Explained> explanations, boolean needsNewEndpoints) {

    public FollowUpScenario {
        Objects.requireNonNull(name);
        Objects.requireNonNull(region);
        Objects.requireNonNull(zone);
        steps = List.copyOf(steps);
        Objects.requireNonNull(asOf);
        expected = List.copyOf(expected);
        missed = List.copyOf(missed);
        waiting = List.copyOf(waiting);
        explanations = List.copyOf(explanations);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** The expected actions in a canonical, comparable form: see {@link Expected#describe()}. */
    public List<String> expectedDescriptions() {
        return expected.stream().map(Expected::describe).sorted().toList();
    }

    /** The actions expected to be missed at {@link #asOf()}, in the same form. */
    public List<String> missedDescriptions() {
        return missed.stream().map(Expected::describe).sorted().toList();
    }

    /** Shown as the test's display name. */
    @Override
    public String toString() {
        return name;
    }

    /** Someone who interviewed the candidate, as the interview call lists them. */
    public record Person(String name, @Nullable String title, @Nullable String email) {
    }

    /** What the employer said about deciding: {@code DATE} with a day, {@code FEW_DAYS}, or {@code NONE}. */
    public record Decision(DecisionTimeline.Kind kind, @Nullable LocalDate date) {

        public DecisionTimeline timeline() {
            return new DecisionTimeline(kind, date);
        }
    }

    /** One thing the candidate records; each is one REST call. */
    public sealed interface Step {

        /** {@code POST /api/v1/opportunities}. */
        record Open(String company, String role, OffsetDateTime openedAt) implements Step {
        }

        /** {@code POST …/interviews}; {@code label} is how later steps and expectations refer to it. */
        record Interview(String label, @Nullable OffsetDateTime startedAt, OffsetDateTime endedAt,
                         List<Person> interviewers, Decision decision) implements Step {

            public Interview {
                interviewers = List.copyOf(interviewers);
            }
        }

        /**
         * {@code POST …/scheduled-interviews}: an interview still to come; an {@link Interview} with the same label
         * later records it as held. {@code scheduledAt} is when the candidate learned of it.
         */
        record ScheduledInterview(String label, OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
                                  List<Person> interviewers, OffsetDateTime scheduledAt) implements Step {

            public ScheduledInterview {
                interviewers = List.copyOf(interviewers);
            }
        }

        /** A scheduled interview moved to another time. */
        record Reschedule(String interview, OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
                          OffsetDateTime rescheduledAt) implements Step {
        }

        /** A scheduled interview called off. */
        record Cancel(String interview, OffsetDateTime cancelledAt) implements Step {
        }

        /** {@code POST …/decision-changes}: the employer moved their date for the labelled interview. */
        record DecisionChange(String interview, Decision decision, OffsetDateTime toldAt) implements Step {
        }

        /** A LinkedIn connection with someone from the process. */
        record Connection(String person, OffsetDateTime connectedAt) implements Step {
        }

        /** {@code POST …/notes}; the server stamps the time. {@code perInterviewer}: name to what was discussed. */
        record Notes(String interview, @Nullable String wentWell, @Nullable String wentBadly,
                     @Nullable String stoodOut, @Nullable String forgot, List<PersonNotes> perInterviewer) implements Step {

            public Notes {
                perInterviewer = List.copyOf(perInterviewer);
            }
        }

        /** What was discussed with one interviewer. */
        record PersonNotes(String interviewer, String notes) {
        }

        /** {@code POST …/thank-yous}. */
        record ThankYou(String interview, String interviewer, Channel channel, OffsetDateTime sentAt,
                        boolean askedAboutNextSteps) implements Step {
        }

        /** {@code POST …/follow-ups}. */
        record FollowUp(FollowUpPurpose purpose, Channel channel, OffsetDateTime sentAt, @Nullable String recipient)
                implements Step {
        }

        /** {@code POST …/replies}. */
        record Reply(ReplyKind kind, OffsetDateTime receivedAt) implements Step {
        }

        /** {@code POST …/competing-offers}. */
        record CompetingOffer(OffsetDateTime receivedAt, LocalDate respondBy) implements Step {
        }

        /** {@code POST …/close}. */
        record Close(Outcome outcome, OffsetDateTime at) implements Step {
        }

        /** {@code POST …/corrections}: takes back the entry recorded by step number {@code step}; server-stamped. */
        record Retract(int step) implements Step {
        }
    }

    /** Facts an action's explanation must state: each fragment appears in it word for word. */
    public record Explained(Rule rule, @Nullable String about, List<String> fragments) {

        public Explained {
            Objects.requireNonNull(rule);
            fragments = List.copyOf(fragments);
        }
    }

    /**
     * An open action: its rule, when it is due (an instant for the thank-you, a day on the candidate's calendar for
     * everything else), and, where a rule can yield several actions at once, what it is about: the interviewer's
     * name for {@code THANK_YOU} and {@code CONNECT} (the interview's label for a thank-you when no interviewer was
     * listed), the interview's label for {@code NOTES}, {@code PREPARE} and {@code CONFIRM_HELD}; nothing for the
     * other rules.
     */
    public record Expected(Rule rule, @Nullable String about, @Nullable OffsetDateTime dueAt, @Nullable LocalDate dueOn) {

        public Expected {
            Objects.requireNonNull(rule);
            if ((dueAt == null) == (dueOn == null)) {
                throw new IllegalArgumentException("an expected action is due either at an instant or on a day");
            }
        }

        /** Whether the rule can yield several actions at once, told apart by what each is about. */
        public static boolean isAboutSomething(Rule rule) {
            return switch (rule) {
                case THANK_YOU, NOTES, CONNECT, PREPARE, CONFIRM_HELD -> true;
                case NEXT_STEPS, STATUS_CHECK, MOVE_ON, CLEAR_THE_AIR, ADDRESS_CONCERN, AFTER_OUTCOME -> false;
            };
        }

        /** Whether the rule's actions are due at an instant rather than on a day. */
        public static boolean isDueAtAnInstant(Rule rule) {
            return rule == Rule.THANK_YOU || rule == Rule.CONFIRM_HELD;
        }

        /** Canonical text, comparing instants whatever their offset: {@code THANK_YOU[Anna Berger] at 2026-03-11T14:30:00Z}. */
        public String describe() {
            return describe(rule, about, dueAt == null ? null : dueAt.toInstant(), dueOn);
        }

        public static String describe(Rule rule, @Nullable String about, @Nullable Instant dueAt, @Nullable LocalDate dueOn) {
            return rule + (about == null ? "" : "[" + about + "]")
                    + (dueAt != null ? " at " + dueAt : " on " + dueOn);
        }
    }
}
