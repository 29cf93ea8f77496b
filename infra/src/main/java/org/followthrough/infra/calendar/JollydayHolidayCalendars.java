package org.followthrough.infra.calendar;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.followup.PublicHolidays;
import org.followthrough.domain.followup.Weekend;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Public holidays per region from the Jollyday library (<a href="https://github.com/focus-shift/jollyday">
 * focus-shift/jollyday</a>), which is maintained upstream; upgrading it is how the calendars stay current.
 *
 * <p>A {@link Region} is an ISO 3166 country with an optional ISO 3166-2 subdivision. Jollyday 2.19 names its
 * country calendars by the ISO alpha-2 code ({@code gb} for the United Kingdom, whose nations are {@code eng},
 * {@code nir}, {@code sct} and {@code wls}) and its first-level subdivisions by the ISO 3166-2 suffix ({@code by},
 * {@code ny}, {@code on}, {@code nsw}, {@code zh}, French départements {@code 01}…{@code 95}, {@code 2A},
 * {@code 75C}), so the mapping is the code itself, compared without regard to case. Only the first level is used:
 * Jollyday's deeper levels (cities such as Munich or New York City) have no ISO 3166-2 code.
 *
 * <ul>
 *     <li>A country Jollyday has no calendar for: {@link PublicHolidays#NONE}, weekends only.</li>
 *     <li>A country without subdivisions in Jollyday: its national holidays, whatever subdivision is given
 *     (every part of it has the same ones).</li>
 *     <li>An unknown subdivision of a country that has them: refused at sign-up by {@link #problemWith}; should
 *     one reach {@link #of} anyway (stored before Jollyday dropped it), the national holidays.</li>
 * </ul>
 *
 * <p>Substitute days are included where Jollyday models them, under the holiday's name with "(observed)" (US
 * Independence Day 2026, a Saturday, is off on Friday 3 July); Jollyday then lists only the observed day. Two
 * holidays on one day are named together, separated by " / ".
 *
 * <p>Holidays are computed once per region and year and kept: a due-date computation asks about many days in a
 * row. Thread-safe.
 *
 * <p>The weekend comes from the CLDR week data ({@link CldrWeekends}), since Jollyday has none.
 */
@Component
public class JollydayHolidayCalendars implements PublicHolidayCalendars {

    /**
     * Days off are Jollyday's public and bank holidays, the days most employers close (a recruiter is not at their
     * desk either); its observances, such as Lincoln's Birthday in New York or Christmas Eve in some US states, are
     * ordinary working days for most people and do not count.
     */
    static final Set<HolidayType> DAYS_OFF = Collections.unmodifiableSet(
            EnumSet.of(HolidayType.PUBLIC_HOLIDAY, HolidayType.BANK_HOLIDAY));

    /** Holiday and subdivision names are in English, whatever the JVM's default locale. */
    private static final Locale ENGLISH = Locale.ENGLISH;

    /** Up to this many subdivisions the message at sign-up lists each with its name. */
    private static final int LIST_WITH_NAMES = 6;
    /** Up to this many it lists every code; beyond, the first few and the count. */
    private static final int LIST_ALL = 16;

    private static final Map<String, HolidayCalendar> CALENDARS_BY_COUNTRY = calendarsByCountry();

    /** How the sign-up message calls a first-level subdivision, where a plain "region of …" would read oddly. */
    private static final Map<String, String> SUBDIVISION_NOUNS = Map.ofEntries(
            Map.entry("AT", "an Austrian state"),
            Map.entry("AU", "an Australian state or territory"),
            Map.entry("CA", "a Canadian province or territory"),
            Map.entry("CH", "a Swiss canton"),
            Map.entry("DE", "a German state"),
            Map.entry("ES", "a Spanish autonomous community"),
            Map.entry("FR", "a French département"),
            Map.entry("GB", "a part of the United Kingdom"),
            Map.entry("IN", "an Indian state or territory"),
            Map.entry("IT", "an Italian region"),
            Map.entry("NZ", "a New Zealand region"),
            Map.entry("US", "a US state"));

    private final ConcurrentMap<HolidayCalendar, Country> countries = new ConcurrentHashMap<>();
    private final ConcurrentMap<YearOf, Map<LocalDate, String>> years = new ConcurrentHashMap<>();
    /** Listing them loads every country's calendar once, so it is done on first use and kept. */
    private volatile @Nullable SortedSet<String> supported;

    /** A country's Jollyday calendar and its first-level subdivisions, by upper-case code. */
    private record Country(HolidayManager manager, SortedMap<String, Subdivision> subdivisions) {
    }

    /** A first-level subdivision: Jollyday's id for it (its case as Jollyday spells it) and its English name. */
    private record Subdivision(String id, String name) {
    }

    /** Which holidays: a country calendar, and the subdivision within it (null for the national ones). */
    private record Scope(HolidayCalendar country, @Nullable String subdivision) {
    }

    private record YearOf(Scope scope, int year) {
    }

    @Override
    public PublicHolidays of(Region region) {
        HolidayCalendar calendar = CALENDARS_BY_COUNTRY.get(region.country());
        if (calendar == null) {
            return PublicHolidays.NONE;
        }
        Subdivision subdivision = region.subdivision() == null ? null
                : country(calendar).subdivisions().get(region.subdivision());
        Scope which = new Scope(calendar, subdivision == null ? null : subdivision.id());
        return day -> Optional.ofNullable(daysOff(which, day.getYear()).get(day));
    }

    @Override
    public Weekend weekendOf(Region region) {
        return CldrWeekends.of(region);
    }

    /** The country's English name, and the subdivision's as Jollyday gives it: "Germany — Bavaria". */
    @Override
    public String nameOf(Region region) {
        String country = Locale.of("", region.country()).getDisplayCountry(ENGLISH);
        if (country.isBlank() || country.equals(region.country())) {
            country = region.country();
        }
        HolidayCalendar calendar = CALENDARS_BY_COUNTRY.get(region.country());
        if (region.subdivision() == null || calendar == null) {
            return country;
        }
        Subdivision subdivision = country(calendar).subdivisions().get(region.subdivision());
        return subdivision == null || subdivision.name().isBlank() || "undefined".equals(subdivision.name())
                ? country + " — " + region.subdivision() : country + " — " + subdivision.name();
    }

    /**
     * Whether Jollyday has the region's holidays: a country it has a calendar for, with no subdivision, a subdivision
     * it knows, or any subdivision of a country whose holidays are the same everywhere.
     */
    @Override
    public boolean isSupported(Region region) {
        HolidayCalendar calendar = CALENDARS_BY_COUNTRY.get(region.country());
        if (calendar == null) {
            return false;
        }
        SortedMap<String, Subdivision> subdivisions = country(calendar).subdivisions();
        return region.subdivision() == null || subdivisions.isEmpty() || subdivisions.containsKey(region.subdivision());
    }

    /** Every country Jollyday has a calendar for, and each of their first-level subdivisions ({@code DE}, {@code DE-BY}). */
    @Override
    public SortedSet<String> supportedRegions() {
        SortedSet<String> codes = supported;
        if (codes == null) {
            SortedSet<String> all = new TreeSet<>();
            CALENDARS_BY_COUNTRY.forEach((code, calendar) -> {
                all.add(code);
                country(calendar).subdivisions().keySet().forEach(subdivision -> all.add(code + "-" + subdivision));
            });
            codes = Collections.unmodifiableSortedSet(all);
            supported = codes;
        }
        return codes;
    }

    /**
     * Why {@code region} will not do for a sign-up or a settings change, in words for the person; empty when it
     * will. A country without holiday data is refused, with the countries that have it (issue 10: silently counting
     * no holidays would put due days on days off); any subdivision of a country whose holidays are the same
     * everywhere will do; a subdivision that the country's calendar does not have will not.
     */
    @Override
    public Optional<String> problemWith(Region region) {
        HolidayCalendar calendar = CALENDARS_BY_COUNTRY.get(region.country());
        if (calendar == null) {
            return Optional.of(region.country() + " has no public holiday data. Supported countries: "
                    + String.join(", ", new TreeSet<>(CALENDARS_BY_COUNTRY.keySet()))
                    + " (and their regions, listed by GET /api/v1/regions).");
        }
        if (region.subdivision() == null) {
            return Optional.empty();
        }
        SortedMap<String, Subdivision> subdivisions = country(calendar).subdivisions();
        if (subdivisions.isEmpty() || subdivisions.containsKey(region.subdivision())) {
            return Optional.empty();
        }
        String country = region.country();
        String noun = SUBDIVISION_NOUNS.getOrDefault(country,
                "a region of " + Locale.of("", country).getDisplayCountry(ENGLISH));
        return Optional.of(region.code() + " is not " + noun + " we know. Use " + choices(country, subdivisions)
                + ". Or use just " + country + " to count only the holidays the whole country shares.");
    }

    private static String choices(String country, SortedMap<String, Subdivision> subdivisions) {
        List<String> codes = new ArrayList<>();
        subdivisions.forEach((code, subdivision) -> codes.add(country + "-" + code
                + (subdivisions.size() <= LIST_WITH_NAMES ? " (" + subdivision.name() + ")" : "")));
        if (codes.size() == 1) {
            return codes.getFirst();
        }
        if (codes.size() <= LIST_ALL) {
            return "one of " + String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.getLast();
        }
        return "one of " + String.join(", ", codes.subList(0, LIST_ALL / 2)) + ", … (" + codes.size() + " in all)";
    }

    private Map<LocalDate, String> daysOff(Scope scope, int year) {
        YearOf key = new YearOf(scope, year);
        Map<LocalDate, String> days = years.get(key);
        return days != null ? days : years.computeIfAbsent(key, this::load);
    }

    /**
     * The days off of one year. A holiday moved to the day it is observed may change year (New Year's Day 2022, a
     * Saturday, was observed in the US on Friday 31 December 2021), and Jollyday files it under its own year, so the
     * years either side are asked too.
     */
    private Map<LocalDate, String> load(YearOf key) {
        HolidayManager manager = country(key.scope().country()).manager();
        String[] path = key.scope().subdivision() == null ? new String[0]
                : new String[] {key.scope().subdivision()};
        Map<LocalDate, SortedSet<String>> names = new TreeMap<>();
        for (int year = key.year() - 1; year <= key.year() + 1; year++) {
            Set<Holiday> holidays = manager.getHolidays(Year.of(year), path);
            synchronized (holidays) { // Jollyday hands out a synchronized set; iterate it as its javadoc says
                for (Holiday holiday : holidays) {
                    if (holiday.getDate().getYear() == key.year() && DAYS_OFF.contains(holiday.getType())) {
                        names.computeIfAbsent(holiday.getDate(), day -> new TreeSet<>()).add(nameOf(holiday));
                    }
                }
            }
        }
        Map<LocalDate, String> days = new HashMap<>();
        names.forEach((day, onThatDay) -> days.put(day, String.join(" / ", onThatDay)));
        return Map.copyOf(days);
    }

    private static String nameOf(Holiday holiday) {
        String name = holiday.getDescription(ENGLISH);
        if (name.isBlank() || "undefined".equals(name)) {
            name = "Public holiday";
        }
        boolean moved = holiday.getObservedDate().filter(day -> !day.equals(holiday.getActualDate())).isPresent();
        return moved ? name + " (observed)" : name;
    }

    private Country country(HolidayCalendar calendar) {
        return countries.computeIfAbsent(calendar, JollydayHolidayCalendars::loadCountry);
    }

    private static Country loadCountry(HolidayCalendar calendar) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(calendar));
        SortedMap<String, Subdivision> subdivisions = new TreeMap<>();
        for (CalendarHierarchy child : manager.getCalendarHierarchy().getChildren().values()) {
            subdivisions.put(child.getId().toUpperCase(Locale.ROOT),
                    new Subdivision(child.getId(), child.getDescription(ENGLISH)));
        }
        return new Country(manager, Collections.unmodifiableSortedMap(subdivisions));
    }

    /** Jollyday's country calendars by ISO 3166 alpha-2 code (its other calendars are stock exchanges and the like). */
    private static Map<String, HolidayCalendar> calendarsByCountry() {
        Set<String> iso = Set.of(Locale.getISOCountries());
        Map<String, HolidayCalendar> byCountry = new HashMap<>();
        Arrays.stream(HolidayCalendar.values())
                .filter(calendar -> iso.contains(calendar.getId().toUpperCase(Locale.ROOT)))
                .forEach(calendar -> byCountry.put(calendar.getId().toUpperCase(Locale.ROOT), calendar));
        return Map.copyOf(byCountry);
    }
}
