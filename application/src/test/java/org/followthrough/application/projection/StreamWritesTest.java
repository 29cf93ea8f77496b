package org.followthrough.application.projection;

import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stream whose rows the database refuses is parked with its later events; every other stream of the batch
 * commits, and a parked stream's next events wait behind it instead of being written past it.
 */
class StreamWritesTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();
    private static final String PROCESSOR = "test-processor";
    private static final String OPEN = """
            INSERT INTO timeline_opportunity (opportunity_id, candidate_id, company, role, opened_at)
            VALUES (?, ?, ?, 'Engineer', ?)""";

    private final DeadLetters deadLetters = new DeadLetters(DATABASE.jdbc(), Clock.systemUTC());
    private final UUID candidate = UUID.randomUUID();
    private final UUID good = UUID.randomUUID();
    private final UUID bad = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @BeforeEach
    void empty() {
        DATABASE.jdbc().sql("DELETE FROM timeline_opportunity").update();
        deadLetters.forget(PROCESSOR);
    }

    @Test
    void aBatchTheDatabaseAcceptsIsWrittenWholeAndParksNothing() {
        batch(writes -> {
            open(writes, good, 0, "Acme");
            open(writes, other, 0, "Globex");
        });

        assertThat(companies()).containsExactlyInAnyOrder("Acme", "Globex");
        assertThat(deadLetters.all()).isEmpty();
    }

    @Nested
    @DisplayName("when the database refuses one stream's row")
    class Refused {

        @BeforeEach
        void poison() {
            batch(writes -> {
                open(writes, good, 0, "Acme");
                open(writes, bad, 0, "x".repeat(201));
                writes.admit(event(bad, 1));
                open(writes, other, 0, "Globex");
            });
        }

        @Test
        void theOthersCommitAndItIsParkedWithTheError() {
            assertThat(companies()).containsExactlyInAnyOrder("Acme", "Globex");
            assertThat(deadLetters.all()).singleElement().satisfies(letter -> {
                assertThat(letter.processor()).isEqualTo(PROCESSOR);
                assertThat(letter.streamId()).isEqualTo(bad);
                assertThat(letter.candidateId()).isEqualTo(candidate);
                assertThat(letter.firstSequence()).isZero();
                assertThat(letter.lastSequence()).isEqualTo(1);
                assertThat(letter.events()).isEqualTo(2);
                assertThat(letter.eventType()).isEqualTo("OpportunityOpened");
                assertThat(letter.error()).contains("value too long");
                assertThat(letter.attempts()).isEqualTo(1);
            });
        }

        @Test
        void itsLaterEventsWaitBehindItWhileOthersGoOn() {
            batch(writes -> {
                assertThat(writes.isParked(bad)).isTrue();
                assertThat(writes.admit(event(bad, 2))).isFalse();
                assertThat(writes.admit(event(other, 1))).isTrue();
                writes.add(other, "UPDATE timeline_opportunity SET role = 'Lead' WHERE opportunity_id = ?", other);
            });

            DeadLetter letter = deadLetters.all().getFirst();
            assertThat(letter.events()).isEqualTo(3);
            assertThat(letter.lastSequence()).isEqualTo(2);
            assertThat(DATABASE.jdbc().sql("SELECT role FROM timeline_opportunity WHERE opportunity_id = ?")
                    .param(other).query(String.class).single()).isEqualTo("Lead");
        }
    }

    @Test
    void anEventItsHandlerCannotHandleDropsItsStreamsWritesOfTheBatchAndParksIt() {
        batch(writes -> {
            open(writes, bad, 0, "Initech");
            writes.admit(event(bad, 1));
            writes.fail(event(bad, 1), new IllegalArgumentException("cannot be read"));
            writes.add(bad, "UPDATE timeline_opportunity SET role = 'never' WHERE opportunity_id = ?", bad);
            open(writes, good, 0, "Acme");
        });

        assertThat(companies()).containsExactly("Acme");
        assertThat(deadLetters.all()).singleElement().satisfies(letter -> {
            assertThat(letter.firstSequence()).isZero();
            assertThat(letter.error()).isEqualTo("IllegalArgumentException: cannot be read");
        });
    }

    @Test
    void anErrorIsKeptStorableWhateverTheTextThatCausedIt() {
        String described = DeadLetters.describe(new IllegalStateException("bad \u0000 byte " + "y".repeat(5000)));

        assertThat(described).doesNotContain("\u0000").hasSize(2000).startsWith("IllegalStateException: bad   byte");
    }

    private void batch(Consumer<StreamWrites> work) {
        new TransactionTemplate(DATABASE.transactions()).executeWithoutResult(status -> {
            StreamWrites writes = new StreamWrites(PROCESSOR, DATABASE.template(), deadLetters);
            work.accept(writes);
            writes.flush();
        });
    }

    private void open(StreamWrites writes, UUID stream, long sequence, String company) {
        if (writes.admit(event(stream, sequence))) {
            writes.add(stream, OPEN, stream, candidate, company, Timestamp.from(Instant.parse("2026-03-01T09:00:00Z")));
        }
    }

    private ParkedEvent event(UUID stream, long sequence) {
        return new ParkedEvent(stream, candidate, sequence, sequence == 0 ? "OpportunityOpened" : "InterviewHeld");
    }

    private List<String> companies() {
        return DATABASE.jdbc().sql("SELECT company FROM timeline_opportunity").query(String.class).list();
    }
}
