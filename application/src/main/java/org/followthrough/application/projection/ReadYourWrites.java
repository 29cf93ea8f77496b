package org.followthrough.application.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.followthrough.domain.shared.OpportunityId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Projections follow the event store a few milliseconds behind. After recording something, a candidate expects
 * the very next page or API call to show it; this waits, briefly and boundedly, until every read model has the
 * new entry. It asks the read models' own tables, so it also works when another node processes the entry.
 *
 * <p>Waiting is for load only. When the entry's opportunity is parked as a dead letter, or the processor is in error,
 * it will not appear within any wait: this answers at once with {@link ProjectionStalled}.
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final List<ProjectionProgress> projections;
    private final DeadLetters deadLetters;
    private final EventProcessingConfiguration processing;
    private final Duration patience;

    public ReadYourWrites(List<ProjectionProgress> projections, DeadLetters deadLetters,
                          EventProcessingConfiguration processing,
                          @Value("${followthrough.read-your-writes.timeout:PT3S}") Duration patience) {
        this.projections = List.copyOf(projections);
        this.deadLetters = deadLetters;
        this.processing = processing;
        this.patience = patience;
    }

    /**
     * Returns true once every projection shows the entry, false if it gave up waiting (the entry is safe anyway).
     *
     * @throws ProjectionStalled when a projection will not show it soon whatever the wait
     */
    public boolean awaitVisible(OpportunityId opportunityId, long sequence) {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        long pause = 2;
        for (ProjectionProgress projection : projections) {
            while (!projection.hasProcessed(opportunityId, sequence)) {
                stalled(projection.name(), opportunityId, sequence);
                if (System.nanoTime() > deadline) {
                    log.warn("{} has not caught up with entry {} of opportunity {} after {}", projection.name(),
                            sequence, opportunityId, patience);
                    return false;
                }
                sleep(pause);
                pause = Math.min(pause * 2, 50);
            }
            if (log.isDebugEnabled()) {
                log.debug("{} showed entry {} of {} after {} ms", projection.name(), sequence, opportunityId,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return true;
    }

    private void stalled(String processor, OpportunityId opportunityId, long sequence) {
        if (deadLetters.isParked(processor, opportunityId.value())) {
            throw new ProjectionStalled(processor, opportunityId, sequence, true);
        }
        boolean failing = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .map(streaming -> streaming.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState))
                .orElse(false);
        if (failing) {
            throw new ProjectionStalled(processor, opportunityId, sequence, false);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
