package org.followthrough.infra.calendar;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.PublicHolidays;
import org.followthrough.domain.followup.Weekend;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holidays Jollyday gives us, checked against the official calendars (German state laws on public holidays,
 * the US Office of Personnel Management's federal holiday list and New York's state holidays, GOV.UK's bank
 * holidays for England and Wales and for Scotland, the French Code du travail), not against Jollyday's own output.
 */
class JollydayHolidayCalendarsTest {

    private final JollydayHolidayCalendars calendars = new JollydayHolidayCalendars();

    private PublicHolidays of(String region) {
        return calendars.of(Region.parse(region));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everySupportedRegionHasANameToBeChosenBy() {
        assertThat(calendars.nameOf(Region.parse("DE-BY"))).isEqualTo("Germany — Bavaria");
        assertThat(calendars.nameOf(Region.parse("SA"))).isEqualTo("Saudi Arabia");
        assertThat(calendars.supportedRegions()).allSatisfy(code ->
                assertThat(calendars.nameOf(Region.parse(code))).isNotBlank().isNotEqualTo(code));
    }

    @Nested
    class Bavaria {

        @Test
        void epiphanyIsAHolidayInBavaria() {
            assertThat(of("DE-BY").holidayOn(day("2026-01-06"))).contains("Epiphany");
            assertThat(of("DE-BY").holidayOn(day("2025-01-06"))).contains("Epiphany");
        }

        @Test
        void corpusChristiIsSixtyDaysAfterEasterInBavariaButNotInBerlin() {
            // Easter Sunday was 20 April 2025 and is 5 April 2026
            assertThat(of("DE-BY").holidayOn(day("2025-06-19"))).contains("Corpus Christi");
            assertThat(of("DE-BY").holidayOn(day("2026-06-04"))).contains("Corpus Christi");
            assertThat(of("DE-BE").holidayOn(day("2026-06-04"))).isEmpty();
            assertThat(of("DE-BE").holidayOn(day("2026-01-06"))).isEmpty();
        }

        @Test
        void berlinHasItsOwnHolidays() {
            // International Women's Day since 2019; 8 May 2025 once, for the 80th anniversary of the war's end
            assertThat(of("DE-BE").holidayOn(day("2027-03-08"))).isPresent();
            assertThat(of("DE-BE").holidayOn(day("2025-05-08"))).isPresent();
            assertThat(of("DE-BY").holidayOn(day("2027-03-08"))).isEmpty();
        }

        @Test
        void nationwideHolidaysHoldInEveryState() {
            for (String region : List.of("DE", "DE-BY", "DE-BE")) {
                assertThat(of(region).holidayOn(day("2026-04-03"))).as(region).contains("Good Friday");
                assertThat(of(region).holidayOn(day("2026-04-06"))).as(region).contains("Easter Monday");
                assertThat(of(region).holidayOn(day("2026-05-14"))).as(region).contains("Ascension Day");
                assertThat(of(region).holidayOn(day("2026-05-25"))).as(region).contains("Whit Monday");
                assertThat(of(region).holidayOn(day("2025-10-03"))).as(region).contains("German Unity Day");
            }
            assertThat(of("DE").holidayOn(day("2026-06-04"))).isEmpty();
        }

        @Test
        void anOrdinaryDayIsNoHoliday() {
            assertThat(of("DE-BY").holidayOn(day("2026-06-03"))).isEmpty();
            assertThat(of("DE-BY").holidayOn(day("2026-03-12"))).isEmpty();
        }
    }

    @Nested
    class NewYork {

        @Test
        void thanksgivingIsTheFourthThursdayOfNovember() {
            assertThat(of("US-NY").holidayOn(day("2026-11-26"))).contains("Thanksgiving Day");
            assertThat(of("US-NY").holidayOn(day("2025-11-27"))).contains("Thanksgiving Day");
            assertThat(of("US-NY").holidayOn(day("2026-11-27"))).isEmpty();
        }

        @Test
        void independenceDayOnASaturdayIsObservedOnTheFriday() {
            assertThat(of("US-NY").holidayOn(day("2026-07-03"))).contains("Independence Day (observed)");
            // Jollyday lists only the observed day; Saturday 4 July is a weekend day anyway
            assertThat(of("US-NY").holidayOn(day("2026-07-04"))).isEmpty();
            assertThat(of("US-NY").holidayOn(day("2025-07-04"))).contains("Independence Day");
        }

        @Test
        void aHolidayObservedInThePreviousYearIsFound() {
            // New Year's Day 2022 was a Saturday; federal offices closed on Friday 31 December 2021
            assertThat(of("US").holidayOn(day("2021-12-31"))).contains("New Year's Day (observed)");
            assertThat(of("US").holidayOn(day("2022-01-01"))).isEmpty();
        }

        @Test
        void federalMondayHolidays() {
            assertThat(of("US-NY").holidayOn(day("2026-01-19"))).isPresent(); // Martin Luther King Jr. Day
            assertThat(of("US-NY").holidayOn(day("2026-02-16"))).isPresent(); // Washington's Birthday
            assertThat(of("US-NY").holidayOn(day("2026-05-25"))).contains("Memorial Day");
            assertThat(of("US-NY").holidayOn(day("2026-09-07"))).isPresent(); // Labor Day
            assertThat(of("US-NY").holidayOn(day("2026-06-19"))).contains("Juneteenth");
        }

        @Test
        void observancesAreWorkingDays() {
            // Lincoln's Birthday: New York state offices close, most employers do not (Jollyday: an observance)
            assertThat(of("US-NY").holidayOn(day("2026-02-12"))).isEmpty();
            // Easter Monday is no holiday in the US
            assertThat(of("US-NY").holidayOn(day("2026-04-06"))).isEmpty();
        }
    }

    @Nested
    class UnitedKingdom {

        @Test
        void stAndrewsDayIsABankHolidayInScotlandOnly() {
            assertThat(of("GB-SCT").holidayOn(day("2026-11-30"))).contains("St. Andrew's Day");
            assertThat(of("GB-ENG").holidayOn(day("2026-11-30"))).isEmpty();
            // 30 November 2025 was a Sunday: the substitute day was Monday 1 December
            assertThat(of("GB-SCT").holidayOn(day("2025-12-01"))).contains("St. Andrew's Day (observed)");
        }

        @Test
        void easterMondayIsABankHolidayInEnglandButNotInScotland() {
            assertThat(of("GB-ENG").holidayOn(day("2026-04-06"))).contains("Easter Monday");
            assertThat(of("GB-WLS").holidayOn(day("2026-04-06"))).contains("Easter Monday");
            assertThat(of("GB-SCT").holidayOn(day("2026-04-06"))).isEmpty();
        }

        @Test
        void secondOfJanuaryIsABankHolidayInScotland() {
            assertThat(of("GB-SCT").holidayOn(day("2026-01-02"))).isPresent();
            assertThat(of("GB-SCT").holidayOn(day("2025-01-02"))).isPresent();
            assertThat(of("GB-ENG").holidayOn(day("2026-01-02"))).isEmpty();
        }

        @Test
        void summerBankHolidayIsEarlyAugustInScotlandAndLateAugustInEngland() {
            assertThat(of("GB-SCT").holidayOn(day("2026-08-03"))).contains("Summer Bank Holiday");
            assertThat(of("GB-ENG").holidayOn(day("2026-08-03"))).isEmpty();
            assertThat(of("GB-ENG").holidayOn(day("2026-08-31"))).contains("Summer Bank Holiday");
            assertThat(of("GB-SCT").holidayOn(day("2026-08-31"))).isEmpty();
        }

        @Test
        void boxingDayOnASaturdayMovesToMonday() {
            for (String region : List.of("GB-ENG", "GB-SCT")) {
                assertThat(of(region).holidayOn(day("2026-12-25"))).as(region).contains("Christmas");
                assertThat(of(region).holidayOn(day("2026-12-28"))).as(region).contains("Boxing Day (observed)");
            }
        }
    }

    @Nested
    class France {

        @Test
        void bastilleDay() {
            assertThat(of("FR").holidayOn(day("2026-07-14"))).isPresent();
            assertThat(of("FR").holidayOn(day("2025-07-14"))).isPresent();
        }

        @Test
        void otherPublicHolidays() {
            assertThat(of("FR").holidayOn(day("2026-05-08"))).isPresent(); // Victoire 1945
            assertThat(of("FR").holidayOn(day("2026-11-11"))).contains("Armistice Day");
            assertThat(of("FR").holidayOn(day("2026-04-03"))).isEmpty(); // Good Friday: only in Alsace-Moselle
            assertThat(of("FR-67").holidayOn(day("2026-04-03"))).contains("Good Friday");
            assertThat(of("FR-75C").holidayOn(day("2026-04-03"))).isEmpty();
        }
    }

    @Nested
    class OtherRegions {

        @Test
        void ontario() {
            assertThat(of("CA-ON").holidayOn(day("2026-07-01"))).contains("Canada Day");
            assertThat(of("CA-ON").holidayOn(day("2026-02-16"))).isPresent(); // Family Day
            assertThat(of("CA-QC").holidayOn(day("2026-02-16"))).isEmpty();
            assertThat(of("CA-QC").holidayOn(day("2026-06-24"))).isPresent(); // Fête nationale
        }

        @Test
        void newSouthWales() {
            assertThat(of("AU-NSW").holidayOn(day("2026-01-26"))).isPresent(); // Australia Day
            assertThat(of("AU-NSW").holidayOn(day("2026-10-05"))).contains("Labour day");
            assertThat(of("AU-VIC").holidayOn(day("2026-10-05"))).isEmpty();
        }

        @Test
        void zurich() {
            assertThat(of("CH-ZH").holidayOn(day("2026-05-14"))).contains("Ascension Day");
            assertThat(of("CH-ZH").holidayOn(day("2026-04-06"))).contains("Easter Monday");
        }

        @Test
        void aCountryWithoutSubdivisionsInJollydayKeepsItsNationalHolidaysWhateverSubdivisionIsGiven() {
            // Culture Day, 3 November, a Tuesday in 2026
            assertThat(of("JP").holidayOn(day("2026-11-03"))).isPresent();
            assertThat(of("JP-13").holidayOn(day("2026-11-03"))).isPresent();
        }

        @Test
        void aCountryWithoutDataHasOnlyWeekends() {
            // South Korea: Jollyday 2.19 has no calendar for it (update this test if a later version adds one)
            assertThat(calendars.of(Region.parse("KR"))).isSameAs(PublicHolidays.NONE);
            assertThat(calendars.of(Region.parse("KR-11"))).isSameAs(PublicHolidays.NONE);
            assertThat(of("KR").holidayOn(day("2026-01-01"))).isEmpty();
        }

        @Test
        void anUnknownSubdivisionFallsBackToTheNationalHolidays() {
            assertThat(of("DE-XX").holidayOn(day("2026-04-06"))).contains("Easter Monday");
            assertThat(of("DE-XX").holidayOn(day("2026-06-04"))).isEmpty();
        }
    }

    @Nested
    class SignUpCheck {

        @ParameterizedTest
        @ValueSource(strings = {"DE", "DE-BY", "de-by", "DE-BE", "US-NY", "US-DC", "GB-SCT", "GB-ENG", "GB-WLS", "GB-NIR",
                "CA-ON", "AU-NSW", "CH-ZH", "FR", "FR-75C", "FR-2A", "JP", "JP-13"})
        void regionsThatWillDo(String code) {
            assertThat(calendars.problemWith(Region.parse(code))).isEmpty();
        }

        @Test
        void aCountryWithoutHolidayDataIsRefusedNamingTheSupportedOnes() {
            // issue 10, item 15: South Korea, which Jollyday has no calendar for, used to count no holidays at all
            assertThat(calendars.isSupported(Region.parse("KR"))).isFalse();
            assertThat(calendars.problemWith(Region.parse("KR-11"))).isPresent();
            assertThat(calendars.problemWith(Region.parse("KR"))).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("KR has no public holiday data. Supported countries: ")
                    .contains("DE", "GB", "US", "SA"));
        }

        @Test
        void anUnknownGermanStateIsNamedAndTheStatesListed() {
            Optional<String> problem = calendars.problemWith(Region.parse("DE-XX"));
            assertThat(problem).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("DE-XX is not a German state we know.")
                    .contains("DE-BB, DE-BE, DE-BW, DE-BY,")
                    .contains(" or DE-TH.")
                    .contains("just DE"));
        }

        @Test
        void theFourUkNationsAreListedWithTheirNames() {
            assertThat(calendars.problemWith(Region.parse("GB-UK"))).hasValue(
                    "GB-UK is not a part of the United Kingdom we know. Use one of GB-ENG (England), "
                            + "GB-NIR (Northern Ireland), GB-SCT (Scotland) or GB-WLS (Wales). "
                            + "Or use just GB to count only the holidays the whole country shares.");
        }

        @Test
        void aLongListIsCutShort() {
            assertThat(calendars.problemWith(Region.parse("US-XX"))).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("US-XX is not a US state we know. Use one of US-AK, US-AL,")
                    .contains("… (51 in all)"));
        }

        @Test
        void aCountryWithoutItsOwnWordGetsAPlainOne() {
            assertThat(calendars.problemWith(Region.parse("BR-XX"))).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("BR-XX is not a region of Brazil we know."));
        }
    }

    @Test
    void manyThreadsAskingAtOnceSeeTheSameHolidays() throws Exception {
        List<String> regions = List.of("DE-BY", "US-NY", "GB-SCT", "FR", "CH-ZH");
        Map<String, String> expected = holidays(new JollydayHolidayCalendars(), regions);
        JollydayHolidayCalendars shared = new JollydayHolidayCalendars();
        List<Callable<Map<String, String>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> holidays(shared, regions));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Map<String, String>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
        assertThat(expected).hasSizeGreaterThan(5 * 2 * 8);
    }

    private static Map<String, String> holidays(JollydayHolidayCalendars calendars, List<String> regions) {
        Map<String, String> found = new TreeMap<>();
        for (String region : regions) {
            PublicHolidays holidays = calendars.of(Region.parse(region));
            for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2027; day = day.plusDays(1)) {
                LocalDate current = day;
                holidays.holidayOn(day).ifPresent(name -> found.put(region + " " + current, name));
            }
        }
        return found;
    }

    /** CLDR's week data, checked against the countries' labour law: the weekend is not Saturday-Sunday everywhere. */
    @Nested
    class Weekends {

        @Test
        void saudiArabiaAndEgyptRestOnFridayAndSaturday() {
            assertThat(calendars.weekendOf(Region.parse("SA"))).isEqualTo(Weekend.FRIDAY_SATURDAY);
            assertThat(calendars.weekendOf(Region.parse("EG"))).isEqualTo(Weekend.FRIDAY_SATURDAY);
        }

        @Test
        void mostCountriesAndTheirSubdivisionsRestOnSaturdayAndSunday() {
            assertThat(calendars.weekendOf(Region.parse("DE-BY"))).isEqualTo(Weekend.SATURDAY_SUNDAY);
            assertThat(calendars.weekendOf(Region.parse("US-NY"))).isEqualTo(Weekend.SATURDAY_SUNDAY);
            // the United Arab Emirates moved to Saturday-Sunday in 2022
            assertThat(calendars.weekendOf(Region.parse("AE"))).isEqualTo(Weekend.SATURDAY_SUNDAY);
        }

        @Test
        void theBusinessCalendarUsesTheRegionsWeekend() {
            BusinessCalendar riyadh = calendars.calendar(ZoneId.of("Asia/Riyadh"), Region.parse("SA"));
            // Thursday 10 September 2026: the next business day is Sunday 13 September
            assertThat(riyadh.plusBusinessDays(day("2026-09-10"), 1)).isEqualTo(day("2026-09-13"));
            // Tuesday 22 September: Wednesday 23 September is Saudi National Day
            assertThat(riyadh.plusBusinessDays(day("2026-09-22"), 1)).isEqualTo(day("2026-09-24"));
        }
    }

    @Nested
    class SupportedRegions {

        @Test
        void listCountriesAndTheirSubdivisions() {
            assertThat(calendars.supportedRegions()).contains("DE", "DE-BY", "DE-BE", "US", "US-NY", "GB-SCT", "FR", "SA")
                    .doesNotContain("KR", "DE-XX");
        }

        @ParameterizedTest
        @ValueSource(strings = {"DE", "DE-BY", "US-NY", "GB-ENG", "FR", "SA"})
        void aRegionWithHolidayDataIsSupported(String code) {
            assertThat(calendars.isSupported(Region.parse(code))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"KR", "KR-11", "DE-XX", "US-XX"})
        void aRegionWithoutIsNot(String code) {
            assertThat(calendars.isSupported(Region.parse(code))).isFalse();
        }

        @Test
        void everySupportedRegionIsSupported() {
            assertThat(calendars.supportedRegions()).allSatisfy(code ->
                    assertThat(calendars.isSupported(Region.parse(code))).as(code).isTrue());
        }
    }
}
