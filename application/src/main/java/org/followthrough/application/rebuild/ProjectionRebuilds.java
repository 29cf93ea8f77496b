package org.followthrough.application.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.domain.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds every projection from the event store while the app keeps serving: each streaming processor is paused,
 * its tokens reset (its reset handler empties its tables) and started again, so it replays the whole store with its
 * usual handlers. The subscribing projections (settings, coach sharing) rebuild themselves from the candidates' streams. Progress —
 * events read against the end of the store at the start, rate, time left — is kept for the admin page and logged.
 *
 * <p>On several nodes, pause the processors on the others first: a reset needs every claim released.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration CLAIM_PATIENCE = Duration.ofSeconds(15);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final SubscribingRebuilds subscribing;
    private final List<SubscribingProjection> direct;
    private final Clock clock;
    private final Map<String, Long> startPositions = new ConcurrentHashMap<>();
    private volatile @Nullable Instant startedAt;
    private volatile @Nullable Instant finishedAt;
    private volatile long head;

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore,
                              SubscribingRebuilds subscribing, List<SubscribingProjection> direct,
                              Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.subscribing = subscribing;
        this.direct = List.copyOf(direct);
        this.clock = clock;
    }

    public synchronized RebuildStatus start() {
        if (startedAt != null && finishedAt == null) {
            throw new StateConflict("a rebuild is already running (since " + startedAt + ")");
        }
        head = position(eventStore.createHeadToken());
        startedAt = clock.instant();
        finishedAt = null;
        startPositions.clear();
        log.info("Rebuilding the projections from {} events in the store", head);
        for (SubscribingProjection projection : direct) {
            subscribing.rebuild(projection);
            log.info("Projection {} rebuilt from the candidates' streams", projection.processingGroup());
        }
        for (StreamingEventProcessor processor : processors()) {
            awaitClaim(processor);
            processor.shutDown();
            processor.resetTokens();
            startPositions.put(processor.getName(), 0L);
            processor.start();
            log.info("Processor {} reset; replaying", processor.getName());
        }
        return status();
    }

    public RebuildStatus status() {
        Instant now = clock.instant();
        List<RebuildStatus.Processor> states = new ArrayList<>();
        for (StreamingEventProcessor processor : processors()) {
            Map<Integer, EventTrackerStatus> trackers = processor.processingStatus();
            long position = trackers.values().stream().map(EventTrackerStatus::getCurrentPosition)
                    .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(0);
            boolean replaying = processor.isReplaying();
            String error = trackers.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(tracker -> String.valueOf(tracker.getError())).findFirst().orElse(null);
            if (error == null && trackers.isEmpty() && startedAt != null && finishedAt == null
                    && Duration.between(startedAt, now).compareTo(CLAIM_PATIENCE) > 0) {
                error = "has not claimed its segment after " + CLAIM_PATIENCE.toSeconds()
                        + " s; another node may hold it (pause it there), or restart this node";
            }
            long target = startedAt == null ? position : head;
            long processed = Math.min(position, target) - startPositions.getOrDefault(processor.getName(), 0L);
            double seconds = startedAt == null ? 0 : Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
            double rate = startedAt == null ? 0 : processed / seconds;
            Duration remaining = rate <= 0 || !replaying ? null : Duration.ofMillis((long) ((target - position) / rate * 1000));
            states.add(new RebuildStatus.Processor(processor.getName(), processor.isRunning(), replaying, position, target,
                    Math.max(0, processed), target, rate, remaining, error));
        }
        states.sort(Comparator.comparing(RebuildStatus.Processor::name));
        return new RebuildStatus(startedAt, finishedAt, head, states);
    }

    /**
     * Every two seconds while a rebuild runs: say how far it is, and notice when it is done. Synchronized with
     * {@link #start()}: judged midway through the resets, the old positions would look finished.
     */
    @Scheduled(fixedDelay = 2000)
    synchronized void report() {
        if (startedAt == null || finishedAt != null) {
            return;
        }
        RebuildStatus status = status();
        boolean done = status.processors().stream().allMatch(processor -> !processor.replaying()
                && processor.position() >= processor.target());
        for (RebuildStatus.Processor processor : status.processors()) {
            log.info("Rebuild {}: {}/{} events ({}%), {} events/s{}", processor.name(), processor.processed(),
                    processor.total(), processor.percent(), Math.round(processor.eventsPerSecond()),
                    processor.remaining() == null ? "" : ", about " + processor.remaining().toSeconds() + " s left");
        }
        if (done) {
            finishedAt = clock.instant();
            log.info("Rebuild finished in {} s", Duration.between(startedAt, finishedAt).toSeconds());
        }
    }

    /** Where things stand, with whether the last rebuild has caught up checked first. */
    public synchronized RebuildStatus progress() {
        report();
        return status();
    }

    /** Whether the last rebuild has caught up; checked on demand as well as by the periodic report. */
    public synchronized boolean finished() {
        report();
        return startedAt != null && finishedAt != null;
    }

    /**
     * Waits (a while) until the processor works its segment. A tracking processor shut down in the instant between
     * claiming its segment and starting to work it forgets it had a thread free, and after a restart never claims
     * again (Axon 4.13 {@code TrackingEventProcessor.WorkerLauncher#cleanUp}); a rebuild asked for just after the
     * app started would hit that window.
     */
    public static void awaitClaim(StreamingEventProcessor processor) {
        if (!processor.isRunning()) {
            return;
        }
        long deadline = System.nanoTime() + CLAIM_PATIENCE.toNanos();
        int settled = 0;
        while (settled < 3 && System.nanoTime() < deadline) {
            settled = processor.processingStatus().isEmpty() ? 0 : settled + 1;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<StreamingEventProcessor> processors() {
        List<StreamingEventProcessor> streaming = new ArrayList<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor candidate && candidate.supportsReset()) {
                streaming.add(candidate);
            }
        }
        return streaming;
    }

    private static long position(@Nullable TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
