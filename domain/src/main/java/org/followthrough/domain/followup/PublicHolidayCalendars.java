package org.followthrough.domain.followup;

import org.followthrough.domain.candidate.Region;

import java.util.Optional;

/** Finds the public holidays of a region (country, optionally a subdivision such as DE-BY). */
@FunctionalInterface
public interface PublicHolidayCalendars {

    PublicHolidays of(Region region);

    /** Why the region cannot be used for holidays (e.g. an unknown subdivision), or empty when it can. */
    default Optional<String> problemWith(Region region) {
        return Optional.empty();
    }
}
