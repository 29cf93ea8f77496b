package org.followthrough.domain.followup;

import org.followthrough.domain.shared.RuleViolation;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The days of the week a region rests on: Saturday and Sunday in most places, Friday and Saturday in much of the
 * Middle East, a single day in some. Comes from the region's data outside the domain.
 */
public record Weekend(Set<DayOfWeek> days) {

    public static final Weekend SATURDAY_SUNDAY = of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    public static final Weekend FRIDAY_SATURDAY = of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    public Weekend {
        if (days.isEmpty() || days.size() >= DayOfWeek.values().length) {
            throw new RuleViolation("weekend", "must leave at least one working day and rest on at least one");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public static Weekend of(DayOfWeek first, DayOfWeek... more) {
        return new Weekend(EnumSet.of(first, more));
    }

    /** The days from {@code onset} to {@code cease}, both included, going forward through the week. */
    public static Weekend from(DayOfWeek onset, DayOfWeek cease) {
        EnumSet<DayOfWeek> days = EnumSet.of(onset);
        for (DayOfWeek day = onset; day != cease; day = day.plus(1)) {
            days.add(day.plus(1));
        }
        return new Weekend(days);
    }

    public boolean contains(DayOfWeek day) {
        return days.contains(day);
    }
}
