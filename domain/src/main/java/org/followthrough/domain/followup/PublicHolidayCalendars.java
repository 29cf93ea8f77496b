package org.followthrough.domain.followup;

import org.followthrough.domain.candidate.Region;

/** Finds the public holidays of a region (country, optionally a subdivision such as DE-BY). */
@FunctionalInterface
public interface PublicHolidayCalendars {

    PublicHolidays of(Region region);
}
