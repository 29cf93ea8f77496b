package org.followthrough.analytics.figures;

import org.followthrough.analytics.GroupBy;
import org.followthrough.domain.shared.Moment;
import org.followthrough.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureRequestTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void whatIsLeftOutTakesItsDefault() {
        FigureRequest request = FigureRequest.defaults(BERLIN, CLOCK);

        assertThat(request.groupBy()).isEqualTo(GroupBy.THANK_YOU_TIMING);
        assertThat(request.within()).isEqualTo(FigureRequest.DEFAULT_WITHIN_DAYS);
        assertThat(request.period().from()).isNull();
        assertThat(request.asOf()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aDayAsOfMeansTheEndOfThatDayInTheViewersZone() {
        FigureRequest request = FigureRequest.of(GroupBy.CHANNEL, 30, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                Moment.parse("2026-03-15"), BERLIN, CLOCK);

        assertThat(request.asOf()).isEqualTo(Instant.parse("2026-03-15T22:59:59.999999Z"));
        assertThat(request.within()).isEqualTo(30);
    }

    @Test
    void aWindowOutOfBoundsOrAPeriodBackwardsNamesItsFilter() {
        assertThatThrownBy(() -> FigureRequest.of(null, 0, null, null, null, BERLIN, CLOCK))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("within");
                    assertThat(violation.getMessage()).isEqualTo("'0' must be a whole number of days from 1 to 365");
                });
        assertThatThrownBy(() -> FigureRequest.of(null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), null,
                BERLIN, CLOCK)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo("to"));
    }

    @Test
    void monthsAndDaysAreReadAndACoachsPeriodIsRoundedOutToWholeMonths() {
        assertThat(FigureRequest.firstDay("from", "2026-09")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(FigureRequest.lastDay("to", "2026-02")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(FigureRequest.lastDay("to", "2026-11-14")).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(FigureRequest.firstDay("from", null)).isNull();
        assertThatThrownBy(() -> FigureRequest.firstDay("from", "September"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("from"));

        org.followthrough.analytics.Period days = new org.followthrough.analytics.Period(LocalDate.of(2026, 9, 14),
                LocalDate.of(2026, 11, 3));
        assertThat(days.wholeMonths()).isEqualTo(new org.followthrough.analytics.Period(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30)));
        assertThat(org.followthrough.analytics.Period.ALL.wholeMonths()).isEqualTo(org.followthrough.analytics.Period.ALL);
    }
}
