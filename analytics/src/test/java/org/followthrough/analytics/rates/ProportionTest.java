package org.followthrough.analytics.rates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProportionTest {

    /**
     * The worked examples of Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17:857-872 (1998), Table I, method 3: the score interval of Wilson, "Probable
     * inference, the law of succession, and statistical inference", JASA 22:209-212 (1927), without continuity
     * correction.
     */
    @ParameterizedTest(name = "{1}/{0}: {2} to {3}")
    @CsvSource({
            "263, 81, 0.2553, 0.3662",
            "148, 15, 0.0624, 0.1605",
            "20,  0,  0.0000, 0.1611",
            "29,  1,  0.0061, 0.1718"})
    void reproducesNewcombesWilsonIntervalsToThreeDecimals(int trials, int successes, double lower, double upper) {
        Proportion proportion = Proportion.wilson95(trials, successes);

        assertThat(proportion.lower()).isCloseTo(lower, within(0.0005));
        assertThat(proportion.upper()).isCloseTo(upper, within(0.0005));
        assertThat(proportion.rate()).isEqualTo((double) successes / trials);
    }

    @Test
    void staysWithinZeroAndOneWhereTheSimpleIntervalWouldNot() {
        Proportion allReplied = Proportion.wilson95(5, 5);

        assertThat(allReplied.upper()).isEqualTo(1.0);
        assertThat(allReplied.lower()).isCloseTo(0.5655, within(0.0005));
    }

    @Test
    void needsAtLeastOneTrial() {
        assertThatThrownBy(() -> Proportion.wilson95(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
