package org.followthrough.domain.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and times as explanations say them: "Friday 20 March", "Tuesday 10 March, 15:00". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String dayTime(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    static String days(int count) {
        return count == 1 ? "one day" : count + " days";
    }

    static String businessDays(int count) {
        return switch (count) {
            case 0 -> "the same business day";
            case 1 -> "one business day";
            case 2 -> "two business days";
            default -> count + " business days";
        };
    }

    static String ordinalWeeks(int days) {
        return switch (days) {
            case 7 -> "a week";
            case 14 -> "two weeks";
            case 21 -> "three weeks";
            default -> days + " days";
        };
    }
}
