package org.followthrough.analytics.survival;

import org.followthrough.analytics.survival.KaplanMeier.Observation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class KaplanMeierTest {

    /**
     * The 6-MP arm of the leukaemia remission trial of Freireich et al. (Blood 21:699-716, 1963), as analysed by Gehan
     * (Biometrika 52:203-223, 1965) and tabulated in Kleinbaum and Klein, "Survival Analysis: A Self-Learning Text"
     * (3rd ed., Springer 2012, chapter 2), and Cox and Oakes, "Analysis of Survival Data" (1984): 21 patients, weeks
     * in remission, '+' = censored. 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+,
     * 34+, 35+.
     */
    static List<Observation> sixMp() {
        List<Observation> weeks = new ArrayList<>();
        int[] relapses = {6, 6, 6, 7, 10, 13, 16, 22, 23};
        int[] censored = {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35};
        for (int week : relapses) {
            weeks.add(new Observation(week, true));
        }
        for (int week : censored) {
            weeks.add(new Observation(week, false));
        }
        return weeks;
    }

    @Nested
    @DisplayName("on the published 6-MP remission data")
    class PublishedTable {

        private final SurvivalCurve curve = KaplanMeier.ofObservations(sixMp());

        @Test
        void reproducesThePublishedSurvivalColumnToThreeDecimals() {
            // the published table: t(j), n(j), m(j), S(t(j)) = 0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482
            assertThat(curve.steps()).extracting(SurvivalStep::day).containsExactly(6, 7, 10, 13, 16, 22, 23);
            assertThat(curve.steps()).extracting(SurvivalStep::atRisk).containsExactly(21, 17, 15, 12, 11, 7, 6);
            assertThat(curve.steps()).extracting(SurvivalStep::replies).containsExactly(3, 1, 1, 1, 1, 1, 1);
            double[] published = {0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482};
            for (int i = 0; i < published.length; i++) {
                assertThat(curve.steps().get(i).survival()).as("S(t) at week %d", curve.steps().get(i).day())
                        .isCloseTo(published[i], within(0.0005));
            }
        }

        @Test
        void hasThePublishedMedianOf23Weeks() {
            assertThat(curve.medianDay()).isEqualTo(23);
            assertThat(curve.subjects()).isEqualTo(21);
            assertThat(curve.replies()).isEqualTo(9);
        }
    }

    @Nested
    @DisplayName("edge cases")
    class EdgeCases {

        @Test
        void withNoRepliesTheCurveStaysFlatAndHasNoMedian() {
            SurvivalCurve curve = KaplanMeier.ofObservations(List.of(new Observation(3, false), new Observation(9, false)));

            assertThat(curve.steps()).isEmpty();
            assertThat(curve.medianDay()).isNull();
            assertThat(curve.subjects()).isEqualTo(2);
        }

        @Test
        void repliesOnADayCountBeforeTheInterviewsCensoredThatDay() {
            SurvivalCurve curve = KaplanMeier.of(List.of(new KaplanMeier.Tally(2, 1, 1), new KaplanMeier.Tally(5, 1, 0)));

            // the one censored on day 2 was still waiting when day 2's reply came: three at risk, not two
            assertThat(curve.steps()).extracting(SurvivalStep::day, SurvivalStep::atRisk, SurvivalStep::replies)
                    .containsExactly(tuple(2, 3, 1), tuple(5, 1, 1));
            assertThat(curve.steps()).extracting(SurvivalStep::survival)
                    .satisfiesExactly(first -> assertThat(first).isCloseTo(2.0 / 3, within(1e-12)),
                            second -> assertThat(second).isZero());
            assertThat(curve.medianDay()).isEqualTo(5);
        }

        @Test
        void anEmptyGroupHasAnEmptyCurve() {
            assertThat(KaplanMeier.of(List.of())).isEqualTo(new SurvivalCurve(0, 0, List.of(), null));
        }
    }
}
