package org.followthrough.application.projection;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.MovableClock;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An admin's retry hands a parked stream back to the projection that parked it: handled, the letter goes; failing
 * still, the letter stays with one more attempt and the new error. Dropping a letter forgets it.
 */
class DeadLetterRetriesTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;

    private final DeadLetters letters = new DeadLetters(DATABASE.jdbc(), new MovableClock(Instant.parse("2026-03-10T09:00:00Z")));
    private final String processor = "due-actions-" + UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    /** The streams the projection cannot handle yet. */
    private final Set<UUID> broken = new HashSet<>();
    private final List<UUID> replayed = new ArrayList<>();
    private final DeadLetterRetries retries = new DeadLetterRetries(letters, List.of(new Replayable() {
        @Override
        public boolean replays(String name) {
            return name.equals(processor);
        }

        @Override
        public void replay(String name, UUID streamId) {
            replayed.add(streamId);
            if (broken.contains(streamId)) {
                throw new IllegalStateException("still cannot read entry 3 of " + streamId);
            }
        }
    }), DATABASE.transactions());

    @Test
    void aStreamThatIsHandledNowLosesItsLetter() {
        long id = park(acme);

        DeadLetterRetries.Outcome outcome = retries.retry(id);

        assertThat(outcome).isEqualTo(new DeadLetterRetries.Outcome(id, true, ""));
        assertThat(replayed).containsExactly(acme);
        assertThat(letters.find(id)).isEmpty();
    }

    @Test
    void aStreamThatStillFailsKeepsItsLetterWithOneMoreAttemptAndTheNewError() {
        long id = park(acme);
        broken.add(acme);

        DeadLetterRetries.Outcome outcome = retries.retry(id);

        assertThat(outcome.handled()).isFalse();
        assertThat(outcome.error()).isEqualTo("IllegalStateException: still cannot read entry 3 of " + acme);
        assertThat(letters.find(id)).get().satisfies(letter -> {
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.error()).isEqualTo(outcome.error());
        });
    }

    @Test
    void retryingAllHandlesWhatItCanAndKeepsTheRest() {
        long fixed = park(acme);
        long stillBroken = park(globex);
        broken.add(globex);

        assertThat(retries.retryAll()).filteredOn(outcome -> outcome.id() == fixed || outcome.id() == stillBroken)
                .extracting(DeadLetterRetries.Outcome::handled).containsExactlyInAnyOrder(true, false);
        assertThat(letters.parkedStreams(processor)).containsExactly(globex);
    }

    @Test
    void aLetterThatIsGoneIsNotFoundAndADroppedOneIsNotReplayed() {
        long id = park(acme);

        retries.drop(id);

        assertThatThrownBy(() -> retries.retry(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retries.drop(id)).isInstanceOf(NotFound.class);
        assertThat(replayed).isEmpty();
    }

    private long park(UUID stream) {
        letters.park(processor, new ParkedEvent(stream, null, 3, "ThankYouSent"), new IllegalStateException("a NUL"));
        return letters.all().stream().filter(letter -> letter.streamId().equals(stream)).findFirst().orElseThrow().id();
    }
}
