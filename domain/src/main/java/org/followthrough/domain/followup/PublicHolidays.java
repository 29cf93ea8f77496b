package org.followthrough.domain.followup;

import java.time.LocalDate;
import java.util.Optional;

/** The public holidays of one region. Implemented outside the domain, from a maintained holiday library. */
@FunctionalInterface
public interface PublicHolidays {

    /** A region whose holidays are unknown: only weekends are days off. */
    PublicHolidays NONE = day -> Optional.empty();

    /** The holiday's name if {@code day} is a public holiday here. */
    Optional<String> holidayOn(LocalDate day);
}
