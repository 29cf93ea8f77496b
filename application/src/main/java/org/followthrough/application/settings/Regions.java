package org.followthrough.application.settings;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.DayOfWeek;
import java.util.List;

/** The regions a candidate may choose: those with public holiday data, each with its weekend. */
@Service
public class Regions {

    private final PublicHolidayCalendars holidays;
    /** Worked out at the first call; two threads may both work it out, to the same list. */
    private volatile @Nullable List<Supported> supported;

    public Regions(PublicHolidayCalendars holidays) {
        this.holidays = holidays;
    }

    /** A region's code, its name in English, and the days of its weekend (Friday and Saturday in some countries). */
    public record Supported(String code, String name, List<DayOfWeek> weekend) {

        public Supported {
            weekend = List.copyOf(weekend);
        }
    }

    /**
     * Every supported region, by code: countries and their subdivisions with holidays of their own. The holiday data
     * ship with the app and do not change while it runs, so the list is worked out once (the sign-up and settings
     * pages ask for it on every view; working it out took 20-30 ms).
     */
    public List<Supported> supported() {
        List<Supported> known = supported;
        if (known == null) {
            known = holidays.supportedRegions().stream()
                    .map(Region::parse)
                    .map(region -> new Supported(region.code(), holidays.nameOf(region),
                            holidays.weekendOf(region).days().stream().sorted().toList()))
                    .toList();
            supported = known;
        }
        return known;
    }
}
