package org.followthrough.domain.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The calendar part of explanations: which public holidays were skipped on the way to a due day. */
final class Explain {

    private Explain() {
    }

    /** " (Monday 6 April is Easter Monday, a public holiday)" when counting from {@code from} to {@code to} skipped one. */
    static String holidaysSkipped(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        List<BusinessCalendar.DayOff> off = calendar.holidaysBetween(from, to);
        if (off.isEmpty()) {
            return "";
        }
        return " (" + off.stream()
                .map(day -> Dates.day(day.day()) + " is " + day.reason())
                .collect(Collectors.joining(" and ")) + (off.size() == 1 ? ", a public holiday)" : ", public holidays)");
    }

    /** A day reached by counting calendar days, moved to the next business day if it is not one. */
    static String rolledForward(BusinessCalendar calendar, LocalDate counted, LocalDate due) {
        if (counted.equals(due)) {
            return Dates.day(due);
        }
        return Dates.day(counted) + ", which is not a business day, so " + Dates.day(due)
                + holidaysSkipped(calendar, counted.minusDays(1), due.minusDays(1));
    }
}
