package org.followthrough.application.dueactions;

import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.shared.RuleViolation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;

/**
 * Where an action stands in the list seen at one moment ({@link DueAction#urgencyAt}: overdue first, then deadline,
 * priority, key and opportunity): unique, so a page that continues after it never skips or repeats one. Pages of one
 * list are all seen from the first page's moment ({@code at}), so an action turning overdue meanwhile does not move.
 */
public record DueActionPosition(Instant at, boolean overdue, Instant deadline, Priority priority, UUID opportunityId,
                                String key) {

    private static final Comparator<DueActionPosition> ORDER = Comparator.comparing((DueActionPosition p) -> !p.overdue())
            .thenComparing(DueActionPosition::deadline)
            .thenComparing(DueActionPosition::priority)
            .thenComparing(DueActionPosition::key)
            .thenComparing(position -> position.opportunityId().toString());

    public static DueActionPosition of(DueAction action, Instant at) {
        return new DueActionPosition(at, action.isOverdueAt(at), action.deadline(), action.priority(),
                action.opportunityId().value(), action.key());
    }

    /** Whether {@code action}, seen at this position's moment, comes after this position. */
    public boolean precedes(DueAction action) {
        return ORDER.compare(this, of(action, at)) < 0;
    }

    /** Overdue first: 0 for an overdue action, 1 for the rest, as the SQL ranks them. */
    public int overdueRank() {
        return overdue ? 0 : 1;
    }

    public String text() {
        return micros(at) + "." + (overdue ? 1 : 0) + "." + micros(deadline) + "." + priority.name() + "." + opportunityId
                + "." + key;
    }

    public static DueActionPosition parse(String field, String text) {
        String[] parts = text.split("\\.", 6);
        try {
            if (parts.length != 6 || !(parts[1].equals("0") || parts[1].equals("1"))) {
                throw new IllegalArgumentException(text);
            }
            return new DueActionPosition(instant(parts[0]), parts[1].equals("1"), instant(parts[2]),
                    Priority.valueOf(parts[3]), UUID.fromString(parts[4]), parts[5]);
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "is not a position in the list of due actions; use the 'next' value of the previous page");
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant instant(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }
}
