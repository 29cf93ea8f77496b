package org.followthrough.application.projection;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.MovableClock;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parked streams: one letter per processor and stream, holding the first failure, counting the events parked
 * behind it, and an error text that is safe to store and show.
 */
class DeadLettersTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T09:00:00Z"));
    private final DeadLetters letters = new DeadLetters(DATABASE.jdbc(), clock);
    private final String processor = "due-actions-" + UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID ada = UUID.randomUUID();

    @Test
    void laterEventsOfAParkedStreamWaitInTheSameLetterBehindTheFirstFailure() {
        letters.park(processor, new ParkedEvent(acme, ada, 3, "ThankYouSent"), new IllegalStateException("boom"));
        clock.advance(Duration.ofMinutes(1));
        letters.parkBehind(processor, new ParkedEvent(acme, ada, 4, "FollowUpSent"));
        letters.parkBehind(processor, new ParkedEvent(acme, ada, 5, "RecruiterReplied"));

        assertThat(letters.all()).filteredOn(letter -> letter.processor().equals(processor)).singleElement()
                .satisfies(letter -> {
                    assertThat(letter.streamId()).isEqualTo(acme);
                    assertThat(letter.candidateId()).isEqualTo(ada);
                    assertThat(letter.firstSequence()).isEqualTo(3);
                    assertThat(letter.lastSequence()).isEqualTo(5);
                    assertThat(letter.events()).isEqualTo(3);
                    assertThat(letter.eventType()).isEqualTo("ThankYouSent");
                    assertThat(letter.error()).isEqualTo("IllegalStateException: boom");
                    assertThat(letter.attempts()).isEqualTo(1);
                    assertThat(letter.firstFailedAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
                });
        assertThat(letters.isParked(processor, acme)).isTrue();
        assertThat(letters.parkedStreams(processor)).containsExactly(acme);
    }

    @Test
    void aSecondFailureOfTheSameStreamKeepsItsStartAndTakesTheNewError() {
        letters.park(processor, new ParkedEvent(acme, ada, 3, "ThankYouSent"), new IllegalStateException("first"), 6, 4);
        clock.advance(Duration.ofMinutes(5));
        letters.park(processor, new ParkedEvent(acme, ada, 2, "InterviewHeld"), new IllegalStateException("second"));

        DeadLetter letter = letters.all().stream().filter(found -> found.processor().equals(processor)).findFirst()
                .orElseThrow();
        assertThat(letter.firstSequence()).as("the letter's start stays").isEqualTo(3);
        assertThat(letter.lastSequence()).isEqualTo(6);
        assertThat(letter.events()).isEqualTo(5);
        assertThat(letter.error()).isEqualTo("IllegalStateException: second");
        assertThat(letter.lastFailedAt()).isEqualTo(Instant.parse("2026-03-10T09:05:00Z"));
    }

    @Test
    void eachProcessorHasItsOwnLettersAndForgettingOneLeavesTheOthers() {
        String timeline = "candidate-timeline-" + UUID.randomUUID();
        UUID globex = UUID.randomUUID();
        letters.park(processor, new ParkedEvent(acme, ada, 1, "InterviewHeld"), new IllegalStateException("a"));
        letters.park(processor, new ParkedEvent(globex, ada, 0, "OpportunityOpened"), new IllegalStateException("b"));
        letters.park(timeline, new ParkedEvent(acme, ada, 1, "InterviewHeld"), new IllegalStateException("c"));

        assertThat(letters.countByProcessor()).containsEntry(processor, 2L).containsEntry(timeline, 1L);
        assertThat(letters.isParked(timeline, globex)).isFalse();

        letters.forget(processor);

        assertThat(letters.count(processor)).isZero();
        assertThat(letters.parkedStreams(timeline)).containsExactly(acme);
        assertThat(letters.countByProcessor()).doesNotContainKey(processor);
    }

    @Test
    void aLetterIsFoundAndDeletedByItsIdOnlyOnce() {
        letters.park(processor, new ParkedEvent(acme, ada, 1, "InterviewHeld"), new IllegalStateException("a"));
        long id = letters.all().stream().filter(letter -> letter.processor().equals(processor)).findFirst().orElseThrow().id();

        assertThat(letters.find(id)).isPresent();
        assertThat(letters.delete(id)).isTrue();
        assertThat(letters.delete(id)).isFalse();
        assertThat(letters.find(id)).isEmpty();
    }

    @Test
    void theErrorKeptIsTheInnermostCauseWithoutControlCharactersAndShort() {
        RuntimeException wrapped = new UncheckedIOException("wrapper",
                new java.io.IOException("outer", new SQLException("invalid byte sequence 0x00\u0000 in\tcompany")));

        assertThat(DeadLetters.describe(wrapped))
                .isEqualTo("UncheckedIOException caused by SQLException: invalid byte sequence 0x00  in company");
        assertThat(DeadLetters.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(DeadLetters.describe(new IllegalStateException("x".repeat(5_000)))).hasSize(2_000).endsWith("…");
    }
}
