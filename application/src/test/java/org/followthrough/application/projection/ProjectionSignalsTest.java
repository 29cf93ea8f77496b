package org.followthrough.application.projection;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionSignalsTest {

    private final ProjectionSignals signals = new ProjectionSignals();

    @Test
    void aCommitOfTheStreamWakesItsWaiterAndOnlyIt() {
        try (ProjectionSignals.Waiter acme = signals.expect("candidate-timeline", "acme");
             ProjectionSignals.Waiter globex = signals.expect("candidate-timeline", "globex");
             ProjectionSignals.Waiter otherProcessor = signals.expect("due-actions", "acme")) {
            signals.committed("candidate-timeline", Set.of("acme"));

            assertThat(acme.await(TimeUnit.SECONDS.toNanos(5))).isTrue();
            assertThat(globex.await(TimeUnit.MILLISECONDS.toNanos(20))).isFalse();
            assertThat(otherProcessor.await(TimeUnit.MILLISECONDS.toNanos(20))).isFalse();
        }
    }

    @Test
    void aSignalBeforeTheWaitIsNotLostButIsUsedOnlyOnce() {
        try (ProjectionSignals.Waiter acme = signals.expect("candidate-timeline", "acme")) {
            signals.committed("candidate-timeline", Set.of("acme"));
            signals.committed("candidate-timeline", Set.of("acme"));

            assertThat(acme.await(0)).isTrue();
            assertThat(acme.await(TimeUnit.MILLISECONDS.toNanos(20))).isFalse();
        }
    }

    @Test
    void aClosedWaiterIsForgotten() {
        ProjectionSignals.Waiter acme = signals.expect("candidate-timeline", "acme");
        acme.close();
        signals.committed("candidate-timeline", Set.of("acme"));

        assertThat(acme.await(0)).isFalse();
    }
}
