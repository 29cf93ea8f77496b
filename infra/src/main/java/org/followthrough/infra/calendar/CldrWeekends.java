package org.followthrough.infra.calendar;

import com.ibm.icu.util.Calendar;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.Weekend;

import java.time.DayOfWeek;

/**
 * Each region's weekend from the Unicode CLDR week data, as ICU4J ships it (<a href="https://unicode-org.github.io/icu/">
 * ICU</a>, maintained with every CLDR release): Friday and Saturday in Saudi Arabia or Egypt, Saturday and Sunday in
 * most of the world. CLDR knows countries only, so a subdivision rests on its country's weekend; a country CLDR does
 * not list gets the world's default, Saturday and Sunday. Jollyday 2.19 has no weekend data (its pull request #1458
 * proposes it).
 */
final class CldrWeekends {

    private CldrWeekends() {
    }

    static Weekend of(Region region) {
        Calendar.WeekData week = Calendar.getWeekDataForRegion(region.country());
        return Weekend.from(dayOfWeek(week.weekendOnset), dayOfWeek(week.weekendCease));
    }

    /** ICU counts the days of the week from Sunday (1) to Saturday (7). */
    private static DayOfWeek dayOfWeek(int icuDay) {
        return icuDay == Calendar.SUNDAY ? DayOfWeek.SUNDAY : DayOfWeek.of(icuDay - 1);
    }
}
