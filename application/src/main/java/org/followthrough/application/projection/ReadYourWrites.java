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
import java.util.concurrent.TimeUnit;

/**
 * Projections follow the event store a few milliseconds behind. After recording something, a candidate expects
 * the very next page or API call to show it; this waits, briefly and boundedly, until every read model has the
 * new entry. It asks the read models' own tables, so it also works when another node processes the entry. It looks
 * again when this node's processor signals that it committed the entry's stream ({@link ProjectionSignals}), not on a
 * schedule; only while another node may hold the processor's segments does it also poll, every 2, 4, 8 … 50 ms.
 *
 * <p>Waiting is for load only. When the entry's opportunity is parked as a dead letter, or the processor is in error,
 * it will not appear within any wait: this answers at once with {@link ProjectionStalled}.
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    /** Polling steps while the entry may be projected on another node: 2, 4, 8 … 50 ms. */
    private static final long FIRST_POLL = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long LAST_POLL = TimeUnit.MILLISECONDS.toNanos(50);
    /** The step when this node's own commit will signal: only for a signal that never comes (see ProjectionSignals). */
    private static final long SIGNAL_FALLBACK = TimeUnit.MILLISECONDS.toNanos(100);

    private final List<ProjectionProgress> projections;
    private final DeadLetters deadLetters;
    private final EventProcessingConfiguration processing;
    private final ProjectionSignals signals;
    private final Duration patience;

    public ReadYourWrites(List<ProjectionProgress> projections, DeadLetters deadLetters,
                          EventProcessingConfiguration processing, ProjectionSignals signals,
                          @Value("${followthrough.read-your-writes.timeout:PT3S}") Duration patience) {
        this.projections = List.copyOf(projections);
        this.signals = signals;
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
        for (ProjectionProgress projection : projections) {
            // registered before the first look, so a batch committed in between still wakes us
            try (ProjectionSignals.Waiter signal = signals.expect(projection.name(), opportunityId.toString())) {
                long pause = FIRST_POLL;
                boolean waited = false;
                while (!projection.hasProcessed(opportunityId, sequence)) {
                    // the dead letters are asked only once the processor had its chance: right after the command it
                    // has rarely caught up, and a parked stream's new event still passes it, so its commit wakes us
                    stalled(projection.name(), opportunityId, sequence, waited);
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        log.warn("{} has not caught up with entry {} of opportunity {} after {}", projection.name(),
                                sequence, opportunityId, patience);
                        return false;
                    }
                    signal.await(Math.min(left, processesEverySegmentHere(projection.name()) ? SIGNAL_FALLBACK : pause));
                    pause = Math.min(pause * 2, LAST_POLL);
                    waited = true;
                }
            }
            if (log.isDebugEnabled()) {
                log.debug("{} showed entry {} of {} after {} ms", projection.name(), sequence, opportunityId,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return true;
    }

    /**
     * Whether this node's processor holds every segment, so that each of its batches signals the waiters here. With
     * two nodes sharing the segments, an entry may be projected on the other node: then the read model is also polled.
     */
    private boolean processesEverySegmentHere(String processor) {
        double share = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .map(streaming -> streaming.processingStatus().values().stream()
                        .mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum())
                .orElse(0.0);
        return share > 0.999;
    }

    private void stalled(String processor, OpportunityId opportunityId, long sequence, boolean askDeadLetters) {
        if (askDeadLetters && deadLetters.isParked(processor, opportunityId.value())) {
            throw new ProjectionStalled(processor, opportunityId, sequence, true);
        }
        boolean failing = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .map(streaming -> streaming.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState))
                .orElse(false);
        if (failing) {
            throw new ProjectionStalled(processor, opportunityId, sequence, false);
        }
    }

}
