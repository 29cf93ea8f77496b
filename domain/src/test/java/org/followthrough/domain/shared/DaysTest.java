package org.followthrough.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aDayEndsAtTheFirstInstantOfTheNextDayInTheZone() {
        assertEquals(Instant.parse("2026-03-12T23:00:00Z"), Days.endOf(LocalDate.of(2026, 3, 12), BERLIN));
        assertEquals(Instant.parse("2026-03-11T23:00:00Z"), Days.startOf(LocalDate.of(2026, 3, 12), BERLIN));
    }

    @Test
    void theDayClocksGoForwardIsTwentyThreeHoursLong() {
        LocalDate summerTime = LocalDate.of(2026, 3, 29);

        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), Days.startOf(summerTime, BERLIN));
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), Days.endOf(summerTime, BERLIN));
    }

    @Test
    void theLastMomentOfADayIsOneMicrosecondBeforeItsEnd() {
        assertEquals(Instant.parse("2026-03-12T22:59:59.999999Z"), Days.lastMomentOf(LocalDate.of(2026, 3, 12), BERLIN));
    }
}
