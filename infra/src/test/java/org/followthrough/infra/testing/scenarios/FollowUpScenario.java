package org.followthrough.infra.testing.scenarios;

import org.followthrough.domain.followup.Rule;
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
 * <p>The expected dates were worked out by hand from DESIGN.md and the official holiday calendars, not copied
 * from the code's output.
 */
public record FollowUpScenario(String name, String region, String zone, List<Step> steps, OffsetDateTime asOf,
                               List<Expected> expected) {

    public FollowUpScenario {
        Objects.requireNonNull(name);
        Objects.requireNonNull(region);
        Objects.requireNonNull(zone);
        steps = List.copyOf(steps);
        Objects.requireNonNull(asOf);
        expected = List.copyOf(expected);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** The expected actions in a canonical, comparable form: see {@link Expected#describe()}. */
    public List<String> expectedDescriptions() {
        return expected.stream().map(Expected::describe).sorted().toList();
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

        /** {@code POST …/notes}; the server stamps the time. */
        record Notes(String interview, @Nullable String wentWell, @Nullable String wentBadly,
                     @Nullable String stoodOut, @Nullable String forgot) implements Step {
        }

        /** {@code POST …/thank-yous}. */
        record ThankYou(String interview, String interviewer, Channel channel, OffsetDateTime sentAt) implements Step {
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

    /**
     * An open action: its rule, when it is due (an instant for the thank-you, a day on the candidate's calendar for
     * everything else), and, where a rule can yield several actions at once, what it is about: the interviewer's
     * name for {@code THANK_YOU} and {@code CONNECT} (the interview's label for a thank-you when no interviewer was
     * listed), the interview's label for {@code NOTES}; nothing for the other rules.
     */
    public record Expected(Rule rule, @Nullable String about, @Nullable OffsetDateTime dueAt, @Nullable LocalDate dueOn) {

        public Expected {
            Objects.requireNonNull(rule);
            if ((dueAt == null) == (dueOn == null)) {
                throw new IllegalArgumentException("an expected action is due either at an instant or on a day");
            }
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
