package org.followthrough.application.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.followthrough.application.projection.StreamingProjection;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Rebuilds every projection from the event store while the app keeps serving, without showing anyone a half-built
 * read model: the streaming projections are built into fresh tables and switched to at once ({@link FreshRebuild});
 * the live ones keep answering and keep being updated until then, on this node and on every other, so no node has to
 * be paused. The subscribing projections (settings, coach sharing) rebuild themselves from the candidates' streams,
 * each in one transaction. One rebuild at a time across all nodes: a PostgreSQL advisory lock, held for the rebuild.
 * Progress — events read against the end of the store at the start, rate, time left — is kept for the admin page.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration CLAIM_PATIENCE = Duration.ofSeconds(15);
    /** Any number that no other part of the app takes an advisory lock on. */
    private static final long ONE_REBUILD_AT_A_TIME = 0x46_54_52_42L;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storage;
    private final OpportunityStreams streams;
    private final List<StreamingProjection> projections;
    private final SubscribingRebuilds subscribing;
    private final List<SubscribingProjection> direct;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile @Nullable Instant startedAt;
    private volatile @Nullable Instant finishedAt;
    private volatile @Nullable String failure;
    private volatile @Nullable FreshRebuild running;
    private volatile long head;

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStorageEngine storage,
                              OpportunityStreams streams, List<StreamingProjection> projections,
                              SubscribingRebuilds subscribing, List<SubscribingProjection> direct, JdbcTemplate jdbc,
                              DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.processing = processing;
        this.storage = storage;
        this.streams = streams;
        this.projections = List.copyOf(projections);
        this.subscribing = subscribing;
        this.direct = List.copyOf(direct);
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public synchronized RebuildStatus start() {
        if (startedAt != null && finishedAt == null) {
            throw new StateConflict("a rebuild is already running (since " + startedAt + ")");
        }
        Connection lock = acquireClusterLock();
        try {
            head = position(storage.createHeadToken());
            startedAt = clock.instant();
            finishedAt = null;
            failure = null;
            log.info("Rebuilding the projections from {} events in the store, into fresh tables", head);
            for (SubscribingProjection projection : direct) {
                subscribing.rebuild(projection);
                log.info("Projection {} rebuilt from the candidates' streams", projection.processingGroup());
            }
            FreshRebuild rebuild = new FreshRebuild(storage, streams, jdbc, transactions, projections,
                    eventProcessors(), head);
            running = rebuild;
            Thread.ofPlatform().name("projection-rebuild").start(() -> run(rebuild, lock));
        } catch (RuntimeException e) {
            release(lock);
            finishedAt = clock.instant();
            failure = e.getMessage();
            throw e;
        }
        return status();
    }

    private void run(FreshRebuild rebuild, Connection lock) {
        try {
            rebuild.run();
            log.info("Rebuild finished in {} s; the fresh tables are live{}",
                    Duration.between(startedAt, clock.instant()).toSeconds(),
                    rebuild.skipped.isEmpty() ? "" : " (" + rebuild.skipped.size() + " left out: see the admin page)");
        } catch (RuntimeException e) {
            failure = "the rebuild failed and the live tables were kept: " + e.getMessage();
            log.error("Rebuild failed; the live tables are unchanged", e);
        } finally {
            finishedAt = clock.instant();
            release(lock);
        }
    }

    public RebuildStatus status() {
        Instant now = clock.instant();
        FreshRebuild rebuild = running;
        List<RebuildStatus.Processor> states = new ArrayList<>();
        for (StreamingEventProcessor processor : streamingProcessors()) {
            Map<Integer, EventTrackerStatus> trackers = processor.processingStatus();
            long position = trackers.values().stream().map(EventTrackerStatus::getCurrentPosition)
                    .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(0);
            String error = trackers.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(tracker -> String.valueOf(tracker.getError())).findFirst().orElse(null);
            FreshRebuild.Progress progress = rebuild == null ? null : rebuild.progress.get(processor.getName());
            boolean rebuilding = startedAt != null && finishedAt == null;
            long processed = progress == null ? position : progress.processed.get();
            long total = progress == null ? position : Math.max(1, progress.total);
            if (progress != null && !rebuilding) {
                processed = failure == null ? total : processed;
            }
            if (rebuild != null && error == null) {
                String left = rebuild.skipped.stream().filter(skip -> skip.projection().equals(processor.getName()))
                        .map(skip -> skip.what() + ": " + skip.error()).collect(Collectors.joining("; "));
                error = left.isEmpty() ? failure : "left out of the rebuild: " + left;
            }
            double seconds = startedAt == null ? 0 : Math.max(0.001, Duration.between(startedAt,
                    finishedAt == null ? now : finishedAt).toMillis() / 1000.0);
            double rate = startedAt == null ? 0 : processed / seconds;
            Duration remaining = rate <= 0 || !rebuilding ? null : Duration.ofMillis((long) ((total - processed) / rate * 1000));
            states.add(new RebuildStatus.Processor(processor.getName(), processor.isRunning(), rebuilding, position,
                    head, Math.min(processed, total), total, rate, remaining, error));
        }
        states.sort(Comparator.comparing(RebuildStatus.Processor::name));
        return new RebuildStatus(startedAt, finishedAt, head, states);
    }

    /** Every few seconds while a rebuild runs: say how far it is. */
    @Scheduled(fixedDelay = 5000)
    void report() {
        if (startedAt == null || finishedAt != null) {
            return;
        }
        for (RebuildStatus.Processor processor : status().processors()) {
            log.info("Rebuild {}: {}/{} events ({}%), {} events/s{}", processor.name(), processor.processed(),
                    processor.total(), processor.percent(), Math.round(processor.eventsPerSecond()),
                    processor.remaining() == null ? "" : ", about " + processor.remaining().toSeconds() + " s left");
        }
    }

    /** Where things stand. */
    public RebuildStatus progress() {
        return status();
    }

    /** Whether the last rebuild is over (switched to the fresh tables, or failed and left the live ones). */
    public boolean finished() {
        return startedAt != null && finishedAt != null;
    }

    /** Why the last rebuild failed, if it did. */
    public @Nullable String failure() {
        return failure;
    }

    /**
     * Waits (a while) until the processor works its segments. A tracking processor shut down in the instant between
     * claiming a segment and starting to work it forgets it had a thread free, and after a restart never claims again
     * (Axon 4.13 {@code TrackingEventProcessor.WorkerLauncher#cleanUp}); used by the benchmarks before they stop one.
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

    /** One rebuild across every node on the database: a session-level advisory lock on a connection of its own. */
    private Connection acquireClusterLock() {
        try {
            Connection connection = dataSource.getConnection();
            boolean acquired;
            try (var statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, ONE_REBUILD_AT_A_TIME);
                try (var result = statement.executeQuery()) {
                    acquired = result.next() && result.getBoolean(1);
                }
            }
            if (!acquired) {
                connection.close();
                throw new StateConflict("a rebuild is already running on another node");
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the rebuild lock", e);
        }
    }

    private static void release(Connection lock) {
        try (lock; var statement = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, ONE_REBUILD_AT_A_TIME);
            statement.execute();
        } catch (SQLException e) {
            log.warn("Could not release the rebuild lock (closing its connection does): {}", e.getMessage());
        }
    }

    private Map<String, AbstractEventProcessor> eventProcessors() {
        Map<String, AbstractEventProcessor> byName = new HashMap<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof AbstractEventProcessor abstractProcessor) {
                byName.put(processor.getName(), abstractProcessor);
            }
        }
        return byName;
    }

    private List<StreamingEventProcessor> streamingProcessors() {
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
