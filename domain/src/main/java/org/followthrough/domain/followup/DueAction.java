package org.followthrough.domain.followup;

import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something the candidate should do, by when, and why. Due either at an instant ({@code dueAt}, for the
 * thank-you's 24 hours) or on a day of their calendar ({@code dueOn}); {@code deadline} is the instant from which
 * it counts as overdue either way. {@code key} names the action stably within its opportunity.
 */
public record DueAction(OpportunityId opportunityId, String key, Rule rule, String action, @Nullable Instant dueAt,
                        @Nullable LocalDate dueOn, Instant deadline, Priority priority, String explanation,
                        RecordHint hint) {

    /** Overdue first, then by deadline, then the more important first. */
    public static final Comparator<DueAction> BY_URGENCY = Comparator.comparing(DueAction::deadline)
            .thenComparing(DueAction::priority)
            .thenComparing(DueAction::key);

    public DueAction {
        Objects.requireNonNull(deadline);
        if ((dueAt == null) == (dueOn == null)) {
            throw new IllegalArgumentException("an action is due either at an instant or on a day");
        }
    }

    /** Low-priority suggestions ("any time") are never overdue. */
    public boolean isOverdueAt(Instant now) {
        if (priority == Priority.LOW) {
            return false;
        }
        return dueAt != null ? now.isAfter(dueAt) : !now.isBefore(deadline);
    }

    /** Ordering for a list seen at {@code now}: the overdue ones first (oldest first), then the rest by deadline. */
    public static Comparator<DueAction> urgencyAt(Instant now) {
        return Comparator.comparing((DueAction action) -> !action.isOverdueAt(now)).thenComparing(BY_URGENCY);
    }
}
