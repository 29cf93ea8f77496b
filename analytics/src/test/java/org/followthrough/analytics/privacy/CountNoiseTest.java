package org.followthrough.analytics.privacy;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The noise is the two-sided geometric distribution the guarantee rests on: P(k) = (1 - a) / (1 + a) * a^|k| with
 * a = e^-epsilon, so a count of 6 and a count of 5 produce any given answer with probabilities at most e^epsilon apart.
 * Checked over 40,000 labels (a different question each), and the same label always draws the same noise.
 */
class CountNoiseTest {

    private static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    private static final int DRAWS = 40_000;

    @Test
    void theNoiseIsTwoSidedGeometricWithTheConfiguredEpsilon() {
        double epsilon = 0.5;
        CountNoise noise = CountNoise.withKey(KEY, epsilon);
        Map<Integer, Integer> histogram = new HashMap<>();
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            int drawn = noise.noise("question " + i);
            histogram.merge(drawn, 1, Integer::sum);
            sum += drawn;
        }
        double a = Math.exp(-epsilon);
        double atZero = (1 - a) / (1 + a);
        assertThat(histogram.get(0) / (double) DRAWS).isCloseTo(atZero, within(0.01));
        assertThat(histogram.get(1) / (double) DRAWS).isCloseTo(atZero * a, within(0.01));
        assertThat(histogram.get(-1) / (double) DRAWS).isCloseTo(atZero * a, within(0.01));
        assertThat(histogram.get(3) / (double) DRAWS).isCloseTo(atZero * a * a * a, within(0.01));
        assertThat(sum / DRAWS).as("unbiased").isCloseTo(0, within(0.05));
        // the attack: the chance of any answer from the true 6 and from the true 5 stays within e^epsilon
        for (int answer = 2; answer <= 9; answer++) {
            double fromSix = histogram.getOrDefault(answer - 6, 0);
            double fromFive = histogram.getOrDefault(answer - 5, 0);
            assertThat(fromSix / fromFive).as("answer %d", answer).isBetween(Math.exp(-epsilon) * 0.85,
                    Math.exp(epsilon) * 1.15);
        }
    }

    @Test
    void theSameQuestionAlwaysDrawsTheSameNoiseAndAnotherKeyOther() {
        CountNoise noise = CountNoise.withKey(KEY, 0.5);
        CountNoise other = CountNoise.withKey("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII), 0.5);
        int differs = 0;
        for (int i = 0; i < 200; i++) {
            assertThat(noise.noise("q" + i)).isEqualTo(noise.noise("q" + i));
            if (noise.noise("q" + i) != other.noise("q" + i)) {
                differs++;
            }
        }
        assertThat(differs).isGreaterThan(100);
    }

    @Test
    void aHugeEpsilonMeansNoNoiseAndCountsNeverGoBelowZero() {
        CountNoise exact = CountNoise.withKey(KEY, 50);
        CountNoise loud = CountNoise.withKey(KEY, 0.1);
        for (int i = 0; i < 1000; i++) {
            assertThat(exact.noisy(7, "q" + i)).isEqualTo(7);
            assertThat(loud.noisy(0, "q" + i)).isNotNegative();
        }
    }
}
