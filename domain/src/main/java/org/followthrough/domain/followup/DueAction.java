package org.followthrough.domain.followup;

import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something the candidate should do, by when, why, and until when it is worth doing. {@code key} names the action
 * stably within its opportunity; {@code hint} says what recording it as done takes. Whether it is open, overdue or
 * missed depends on the moment one looks: see {@link #isOverdueAt} and {@link #isMissedAt}.
 */
public record DueAction(OpportunityId opportunityId, String key, Rule rule, String action, Due due, Priority priority,
                        String explanation, Worth worth, RecordHint hint) {

    /** Overdue first, then by deadline, then the more important first. */
    public static final Comparator<DueAction> BY_URGENCY = Comparator.comparing(DueAction::deadline)
            .thenComparing(DueAction::priority)
            .thenComparing(DueAction::key)
            // two opportunities can have an action with the same key, due at the same moment: a fixed order still,
            // the one PostgreSQL gives UUIDs (their text's), so a page read in SQL continues where this order would
            .thenComparing(action -> action.opportunityId().value().toString());

    public DueAction {
        Objects.requireNonNull(opportunityId);
        Objects.requireNonNull(key);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(action);
        Objects.requireNonNull(due);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(explanation);
        Objects.requireNonNull(worth);
        Objects.requireNonNull(hint);
    }

    /**
     * When it is due: at an instant (the thank-you's 24 hours, a scheduled interview's end) or on a day of the
     * candidate's calendar; {@code deadline} is the instant from which it counts as overdue either way.
     */
    public record Due(@Nullable Instant at, @Nullable LocalDate on, Instant deadline) {

        public Due {
            Objects.requireNonNull(deadline);
            if ((at == null) == (on == null)) {
                throw new IllegalArgumentException("an action is due either at an instant or on a day");
            }
        }

        public static Due at(Instant at) {
            return new Due(at, null, at);
        }

        /** Due on a day of the candidate's calendar: overdue once that day is over in their time zone. */
        public static Due on(LocalDate day, BusinessCalendar calendar) {
            return new Due(null, day, calendar.endOf(day));
        }
    }

    /**
     * Until when the action is worth doing ({@code until} null: as long as it is open), and, past that, why it was
     * missed. A missed action is not dropped: it is listed apart with its reason.
     */
    public record Worth(@Nullable Instant until, @Nullable String missedReason) {

        /** Worth doing for as long as it is open: it goes away only when done or no longer called for. */
        public static final Worth WHILE_OPEN = new Worth(null, null);

        public Worth {
            if ((until == null) != (missedReason == null)) {
                throw new IllegalArgumentException("a time limit comes with the reason it was missed, and only then");
            }
        }

        public static Worth until(Instant until, String missedReason) {
            return new Worth(Objects.requireNonNull(until), Objects.requireNonNull(missedReason));
        }
    }

    public static Builder of(OpportunityId opportunityId, Rule rule, String key) {
        return new Builder(opportunityId, rule, key);
    }

    public @Nullable Instant dueAt() {
        return due.at();
    }

    public @Nullable LocalDate dueOn() {
        return due.on();
    }

    public Instant deadline() {
        return due.deadline();
    }

    /**
     * Whether a list of what to do, seen at {@code now}, shows it: every action does, except a question about
     * something still to happen ({@link Rule#asksOnlyOnceDue()}) before its time.
     */
    public boolean isAskedAt(Instant now) {
        return !rule.asksOnlyOnceDue() || !now.isBefore(deadline());
    }

    /** Past the time it was worth doing: listed apart as missed, with {@link Worth#missedReason()}. */
    public boolean isMissedAt(Instant now) {
        return worth.until() != null && !now.isBefore(worth.until());
    }

    /**
     * Past its due time; low-priority suggestions ("any time") are never overdue. Whether it is still worth doing is
     * a separate question ({@link #isMissedAt}): a list shows a missed action apart, not as overdue.
     */
    public boolean isOverdueAt(Instant now) {
        if (priority == Priority.LOW) {
            return false;
        }
        return due.at() != null ? now.isAfter(due.at()) : !now.isBefore(due.deadline());
    }

    /** Ordering for a list seen at {@code now}: the overdue ones first (oldest first), then the rest by deadline. */
    public static Comparator<DueAction> urgencyAt(Instant now) {
        return Comparator.comparing((DueAction action) -> !action.isOverdueAt(now)).thenComparing(BY_URGENCY);
    }

    /** How a rule puts an action together, part by part; priority NORMAL and worth-while-open unless said. */
    public static final class Builder {

        private final OpportunityId opportunityId;
        private final Rule rule;
        private final String key;
        private @Nullable String action;
        private @Nullable Due due;
        private Priority priority = Priority.NORMAL;
        private @Nullable String explanation;
        private Worth worth = Worth.WHILE_OPEN;

        private Builder(OpportunityId opportunityId, Rule rule, String key) {
            this.opportunityId = opportunityId;
            this.rule = rule;
            this.key = key;
        }

        public Builder action(String what) {
            this.action = what;
            return this;
        }

        public Builder dueAt(Instant at) {
            this.due = Due.at(at);
            return this;
        }

        public Builder dueOn(LocalDate day, BusinessCalendar calendar) {
            this.due = Due.on(day, calendar);
            return this;
        }

        public Builder priority(Priority level) {
            this.priority = level;
            return this;
        }

        public Builder because(String why) {
            this.explanation = why;
            return this;
        }

        public Builder worthUntil(Instant until, String missedReason) {
            this.worth = Worth.until(until, missedReason);
            return this;
        }

        /** The finished action, recorded as done through {@code hint}. */
        public DueAction recordedAs(RecordHint hint) {
            return new DueAction(opportunityId, key, rule, Objects.requireNonNull(action, "action"),
                    Objects.requireNonNull(due, "due"), priority, Objects.requireNonNull(explanation, "explanation"),
                    worth, hint);
        }
    }
}
