package org.followthrough.domain.followup;

import org.followthrough.domain.shared.Days;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The candidate's working days: the week less their region's weekend (Saturday and Sunday in most places, Friday and
 * Saturday in others) and public holidays, counted in their own time zone. A "day" is always a day on the candidate's
 * calendar, whatever the server's zone.
 */
public final class BusinessCalendar {

    /** A day skipped while counting, with why: a weekend or the named holiday. */
    public record DayOff(LocalDate day, String reason) {
    }

    private final ZoneId zone;
    private final Weekend weekend;
    private final PublicHolidays holidays;

    public BusinessCalendar(ZoneId zone, Weekend weekend, PublicHolidays holidays) {
        this.zone = Objects.requireNonNull(zone);
        this.weekend = Objects.requireNonNull(weekend);
        this.holidays = Objects.requireNonNull(holidays);
    }

    public Weekend weekend() {
        return weekend;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of the next day: a day-long deadline has passed from here on. */
    public Instant endOf(LocalDate day) {
        return Days.endOf(day, zone);
    }

    public boolean isBusinessDay(LocalDate day) {
        return !isWeekend(day) && holidays.holidayOn(day).isEmpty();
    }

    /** The day {@code count} business days after {@code from} (not counting {@code from} itself). */
    public LocalDate plusBusinessDays(LocalDate from, int count) {
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@code day} itself if it is a business day, else the next one. */
    public LocalDate onOrAfterBusinessDay(LocalDate day) {
        LocalDate candidate = day;
        while (!isBusinessDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The public holidays (not weekends) strictly after {@code from} and up to {@code to}, for explanations. */
    public List<DayOff> holidaysBetween(LocalDate from, LocalDate to) {
        List<DayOff> off = new ArrayList<>();
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate current = day;
            if (!isWeekend(day)) {
                holidays.holidayOn(day).ifPresent(name -> off.add(new DayOff(current, name)));
            }
        }
        return off;
    }

    public boolean isWeekend(LocalDate day) {
        return weekend.contains(day.getDayOfWeek());
    }
}
