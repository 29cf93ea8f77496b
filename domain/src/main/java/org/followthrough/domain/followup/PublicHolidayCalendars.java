package org.followthrough.domain.followup;

import org.followthrough.domain.candidate.Region;

import java.time.ZoneId;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A region's calendar from maintained data outside the domain: its public holidays (a country, optionally a
 * subdivision such as DE-BY), its weekend, and which regions the data knows at all.
 */
public interface PublicHolidayCalendars {

    PublicHolidays of(Region region);

    /** The region's weekend; Saturday and Sunday where the data says nothing else. */
    default Weekend weekendOf(Region region) {
        return Weekend.SATURDAY_SUNDAY;
    }

    /** The candidate's business calendar: their time zone, their region's weekend and public holidays. */
    default BusinessCalendar calendar(ZoneId zone, Region region) {
        return new BusinessCalendar(zone, weekendOf(region), of(region));
    }

    /** The region's name in English for people to pick it by ("Germany — Bavaria"); its code where none is known. */
    default String nameOf(Region region) {
        return region.code();
    }

    /** Every region with holiday data (countries, and the subdivisions with holidays of their own), by code. */
    SortedSet<String> supportedRegions();

    /**
     * Whether the region's holidays are known (a country with data, and a subdivision it has, if one is given):
     * refuse the others rather than silently count no holidays.
     */
    boolean isSupported(Region region);

    /** Why the region cannot be used for holidays (e.g. an unknown subdivision), or empty when it can. */
    default Optional<String> problemWith(Region region) {
        return Optional.empty();
    }
}
