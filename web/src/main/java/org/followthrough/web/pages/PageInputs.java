package org.followthrough.web.pages;

import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** Reads what browsers send from date, time and datetime-local fields, on the candidate's own calendar. */
final class PageInputs {

    private PageInputs() {
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** A datetime-local value in the candidate's zone; empty means now. */
    static Instant momentOrNow(String field, @Nullable String value, ZoneId zone, Clock clock) {
        if (blank(value)) {
            return clock.instant();
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "is not a date and time");
        }
    }

    static @Nullable LocalDate day(String field, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "is not a date");
        }
    }

    static LocalDate requiredDay(String field, @Nullable String value) {
        LocalDate day = day(field, value);
        if (day == null) {
            throw new RuleViolation(field, "is required");
        }
        return day;
    }

    static @Nullable LocalTime time(String field, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "is not a time");
        }
    }

    static @Nullable Integer number(String field, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "is not a whole number");
        }
    }

    static UUID id(String field, @Nullable String value) {
        if (blank(value)) {
            throw new RuleViolation(field, "is required");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "is not one of the choices");
        }
    }

    static <E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type) {
        if (blank(value)) {
            throw new RuleViolation(field, "choose one");
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "is not one of the choices");
        }
    }
}
