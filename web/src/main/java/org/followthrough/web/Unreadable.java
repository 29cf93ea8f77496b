package org.followthrough.web;

import org.followthrough.domain.shared.Moment;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the API and the pages say of a value that could not be read: "'March' is not a day, like 2026-03-12". */
public final class Unreadable {

    private static final Map<Class<?>, String> EXPECTATIONS = Map.of(
            OffsetDateTime.class, "is not a time with an offset, like 2026-03-12T16:00:00+01:00",
            Moment.class, "is neither a day (2026-03-12) nor a time with an offset (2026-03-12T16:00:00+01:00)",
            LocalDate.class, "is not a day, like 2026-03-12",
            LocalTime.class, "is not a time of day, like 14:30",
            LocalDateTime.class, "is not a day and time, like 2026-03-12T14:30",
            UUID.class, "is not an id",
            Integer.class, "is not a whole number",
            int.class, "is not a whole number",
            Long.class, "is not a whole number",
            long.class, "is not a whole number");

    private Unreadable() {
    }

    /** "'March' is not a day, like 2026-03-12"; or, where reading it is a rule of ours, what that rule says. */
    public static String of(TypeMismatchException mismatch) {
        if (NestedExceptionUtils.getMostSpecificCause(mismatch) instanceof RuleViolation violation) {
            return violation.getMessage();
        }
        return "'" + mismatch.getValue() + "' " + expected(mismatch.getRequiredType());
    }

    public static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type) && !EXPECTATIONS.containsKey(type)) {
            return "is not a valid time";
        }
        return EXPECTATIONS.getOrDefault(type, "has the wrong type (" + type.getSimpleName() + " expected)");
    }
}
