package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/** What the employer said about when they would decide: a date, "within a few days", or nothing. */
public record DecisionTimeline(Kind kind, @Nullable LocalDate date) {

    public enum Kind { DATE, FEW_DAYS, NONE }

    public DecisionTimeline {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DATE && date == null) {
            throw new RuleViolation("decision.date", "is required when the employer named a date");
        }
        if (kind != Kind.DATE && date != null) {
            throw new RuleViolation("decision.date", "only goes with kind DATE");
        }
    }

    public static DecisionTimeline by(LocalDate date) {
        return new DecisionTimeline(Kind.DATE, date);
    }

    public static DecisionTimeline withinAFewDays() {
        return new DecisionTimeline(Kind.FEW_DAYS, null);
    }

    public static DecisionTimeline notStated() {
        return new DecisionTimeline(Kind.NONE, null);
    }
}
