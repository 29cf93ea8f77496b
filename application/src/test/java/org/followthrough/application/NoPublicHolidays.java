package org.followthrough.application;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.followup.PublicHolidays;

import java.util.SortedSet;
import java.util.TreeSet;

/** Calendars for the services' tests: every region works Monday to Friday, with no public holidays. */
public final class NoPublicHolidays implements PublicHolidayCalendars {

    @Override
    public PublicHolidays of(Region region) {
        return PublicHolidays.NONE;
    }

    @Override
    public SortedSet<String> supportedRegions() {
        return new TreeSet<>();
    }

    @Override
    public boolean isSupported(Region region) {
        return true;
    }
}
