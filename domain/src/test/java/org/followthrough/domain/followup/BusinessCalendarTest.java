package org.followthrough.domain.followup;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.followthrough.domain.followup.PolicyFixture.*;

@DisplayName("The business calendar: the region's weekend and holidays, in the candidate's time zone")
class BusinessCalendarTest {

    @Nested
    @DisplayName("with a Saturday-Sunday weekend")
    class SaturdaySunday {

        @Test
        void theDayAfterFridayIsMonday() {
            assertThat(CALENDAR.plusBusinessDays(day("2026-03-13"), 1)).isEqualTo(day("2026-03-16"));
            assertThat(CALENDAR.isBusinessDay(day("2026-03-14"))).isFalse();
            assertThat(CALENDAR.isBusinessDay(day("2026-03-15"))).isFalse();
        }

        @Test
        void holidaysAreSkippedAndNamed() {
            assertThat(CALENDAR.plusBusinessDays(day("2026-04-02"), 1)).isEqualTo(day("2026-04-07"));
            assertThat(CALENDAR.holidaysBetween(day("2026-04-02"), day("2026-04-07")))
                    .extracting(BusinessCalendar.DayOff::reason).containsExactly("Good Friday", "Easter Monday");
            assertThat(CALENDAR.onOrAfterBusinessDay(day("2026-04-03"))).isEqualTo(day("2026-04-07"));
        }
    }

    @Nested
    @DisplayName("with a Friday-Saturday weekend")
    class FridaySaturday {

        private final BusinessCalendar riyadh = new BusinessCalendar(ZoneId.of("Asia/Riyadh"), Weekend.FRIDAY_SATURDAY,
                PublicHolidays.NONE);

        @Test
        void theDayAfterThursdayIsSunday() {
            assertThat(riyadh.plusBusinessDays(day("2026-09-10"), 1)).isEqualTo(day("2026-09-13"));
        }

        @Test
        void fridayRestsAndSundayWorks() {
            assertThat(riyadh.isBusinessDay(day("2026-09-11"))).isFalse();
            assertThat(riyadh.isBusinessDay(day("2026-09-12"))).isFalse();
            assertThat(riyadh.isBusinessDay(day("2026-09-13"))).isTrue();
            assertThat(riyadh.onOrAfterBusinessDay(day("2026-09-11"))).isEqualTo(day("2026-09-13"));
        }
    }

    @Nested
    @DisplayName("days and their ends in the candidate's zone")
    class Zones {

        @Test
        void aDayIsTheCandidatesDay() {
            Instant lateInUtc = Instant.parse("2026-03-10T23:30:00Z");
            assertThat(CALENDAR.dayOf(lateInUtc)).isEqualTo(day("2026-03-11"));
            assertThat(CALENDAR.endOf(day("2026-03-10"))).isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
        }
    }

    @Nested
    @DisplayName("weekends")
    class Weekends {

        @Test
        void runFromTheirFirstToTheirLastDayAcrossTheEndOfTheWeek() {
            assertThat(Weekend.from(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).isEqualTo(Weekend.SATURDAY_SUNDAY);
            assertThat(Weekend.from(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)).isEqualTo(Weekend.FRIDAY_SATURDAY);
            assertThat(Weekend.from(DayOfWeek.SUNDAY, DayOfWeek.SUNDAY).days()).containsExactly(DayOfWeek.SUNDAY);
            assertThat(Weekend.from(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).days())
                    .containsExactlyInAnyOrder(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        }

        @Test
        void leaveAtLeastOneWorkingDay() {
            assertThatThrownBy(() -> Weekend.from(DayOfWeek.MONDAY, DayOfWeek.SUNDAY))
                    .hasMessageContaining("at least one working day");
        }
    }
}
