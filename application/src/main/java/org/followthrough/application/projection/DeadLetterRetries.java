package org.followthrough.application.projection;

import org.followthrough.domain.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * What an admin does with a dead letter: retry it (the stream handled again from the store; it stays parked, with
 * one more attempt, if it still fails) or drop it (the projection goes on with the stream's next events as if the
 * parked ones had been handled).
 */
@Service
public class DeadLetterRetries {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

    private final DeadLetters deadLetters;
    private final List<Replayable> projections;
    private final TransactionTemplate transactions;

    public DeadLetterRetries(DeadLetters deadLetters, List<Replayable> projections,
                             PlatformTransactionManager transactions) {
        this.deadLetters = deadLetters;
        this.projections = List.copyOf(projections);
        this.transactions = new TransactionTemplate(transactions);
    }

    /** How a retry went. */
    public record Outcome(long id, boolean handled, String error) {
    }

    public Outcome retry(long id) {
        try {
            transactions.executeWithoutResult(status -> {
                DeadLetter letter = deadLetters.lock(id).orElseThrow(() -> new NotFound("dead letter", id));
                Replayable projection = projections.stream().filter(candidate -> candidate.replays(letter.processor()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no projection replays " + letter.processor()));
                deadLetters.delete(id);
                projection.replay(letter.processor(), letter.streamId());
            });
            log.info("Dead letter {} retried: its stream is handled again", id);
            return new Outcome(id, true, "");
        } catch (NotFound missing) {
            throw missing;
        } catch (RuntimeException stillFailing) {
            transactions.executeWithoutResult(status -> deadLetters.failedAgain(id, stillFailing));
            log.warn("Dead letter {} retried and failed again: {}", id, DeadLetters.describe(stillFailing));
            return new Outcome(id, false, DeadLetters.describe(stillFailing));
        }
    }

    public List<Outcome> retryAll() {
        return deadLetters.all().stream().map(letter -> retry(letter.id())).toList();
    }

    public void drop(long id) {
        if (!deadLetters.delete(id)) {
            throw new NotFound("dead letter", id);
        }
        log.info("Dead letter {} dropped", id);
    }
}
