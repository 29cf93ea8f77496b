package org.followthrough.analytics.figures;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The threshold can be raised but never set below three candidates: the application refuses to start. */
class FiguresThresholdTest {

    @Test
    void aThresholdBelowThreeCandidatesIsRefused() {
        assertThatThrownBy(() -> new Figures(null, null, 2, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3 candidates");
        assertThatThrownBy(() -> new Figures(null, null, 0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new Figures(null, null, 3, Clock.systemUTC())).doesNotThrowAnyException();
    }
}
