package org.followthrough.application.rebuild;

import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.followthrough.application.projection.PerStreamProjection;
import org.followthrough.application.projection.StreamingProjection;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.OpportunityId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One rebuild of the streaming projections into fresh tables, while the live ones keep answering and keep being
 * updated: the event-by-event projections (the timeline) replay the store through their own handlers; the projections
 * that are a function of each opportunity's stream ({@link PerStreamProjection}) read each stream once, a page of
 * opportunities at a time, and write its rows. Both write into {@link FreshTables#BUILDING}: every statement of a
 * rebuild transaction runs with that schema first on its search path, so the projections' own SQL (unqualified table
 * names) lands in the fresh tables. Then the remaining indexes, a catch-up outside any lock, and the switch: the live
 * tables locked (their writers finish first), the last events applied, and the tables swapped, all in one transaction.
 * A live processor then carries on from its own position on the new tables; what it applies again is idempotent.
 */
final class FreshRebuild {

    private static final Logger log = LoggerFactory.getLogger(FreshRebuild.class);
    private static final int EVENT_BATCH = 1_000;
    private static final int STREAM_PAGE = 500;
    /** The catch-up starts this many positions before the head seen at the start: transactions still in flight then. */
    private static final long IN_FLIGHT_MARGIN = 10_000;
    private static final int SWITCH_ATTEMPTS = 5;

    /** How far one projection's fresh tables are. */
    static final class Progress {
        final String name;
        final AtomicLong processed = new AtomicLong();
        volatile long total;
        volatile boolean loaded;

        Progress(String name, long total) {
            this.name = name;
            this.total = total;
        }
    }

    /** An event or opportunity that a projection could not take, left out of the fresh tables so the rest go on. */
    record Skipped(String projection, String what, String error) {
    }

    private final EventStorageEngine storage;
    private final OpportunityStreams streams;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<StreamingProjection> projections;
    private final Map<String, EventHandlerInvoker> replayed;
    private final List<PerStreamProjection> perStream;
    private final FreshTables tables;
    private final long head;
    final Map<String, Progress> progress = new ConcurrentHashMap<>();
    final List<Skipped> skipped = new CopyOnWriteArrayList<>();

    FreshRebuild(EventStorageEngine storage, OpportunityStreams streams, JdbcTemplate jdbc,
                 TransactionTemplate transactions, List<StreamingProjection> projections,
                 Map<String, AbstractEventProcessor> processors, long head) {
        this.storage = storage;
        this.streams = streams;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.projections = List.copyOf(projections);
        this.head = head;
        this.perStream = projections.stream().filter(PerStreamProjection.class::isInstance)
                .map(PerStreamProjection.class::cast).toList();
        this.replayed = new ConcurrentHashMap<>();
        for (StreamingProjection projection : projections) {
            if (!(projection instanceof PerStreamProjection)) {
                AbstractEventProcessor processor = processors.get(projection.name());
                if (processor == null) {
                    throw new IllegalStateException("no event processor for projection " + projection.name());
                }
                replayed.put(projection.name(), processor.eventHandlerInvoker());
            }
        }
        this.tables = new FreshTables(jdbc, projections.stream().flatMap(projection -> projection.tables().stream()).toList());
        projections.forEach(projection -> progress.put(projection.name(), new Progress(projection.name(), head)));
    }

    /** Builds the fresh tables and switches to them; on failure the live tables are left as they were. */
    void run() {
        try {
            tables.create();
            long started = System.nanoTime();
            Thread streamsWorker = Thread.ofPlatform().name("rebuild-streams").start(() -> {
                loadStreams();
                log.info("Rebuild: the per-stream projections loaded in {} s", seconds(started));
            });
            loadEvents();
            log.info("Rebuild: the event-by-event projections loaded in {} s", seconds(started));
            streamsWorker.join();
            long indexing = System.nanoTime();
            tables.index();
            log.info("Rebuild: indexes built in {} s", seconds(indexing));
            TrackingToken since = GapAwareTrackingToken.newInstance(Math.max(-1, head - IN_FLIGHT_MARGIN), List.of());
            since = catchUp(since, false);
            switchOver(since);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } finally {
            try {
                tables.dropLeftovers();
            } catch (RuntimeException e) {
                log.warn("Could not drop the rebuild's leftover schemas", e);
            }
        }
    }

    /** The event-by-event projections: the whole store through their handlers, a batch per transaction. */
    private void loadEvents() {
        if (replayed.isEmpty()) {
            return;
        }
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(EVENT_BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == EVENT_BATCH || !iterator.hasNext()) {
                    List<TrackedEventMessage<?>> handled = List.copyOf(batch);
                    replayed.forEach((name, invoker) -> {
                        handle(name, invoker, handled);
                        progress.get(name).processed.addAndGet(handled.size());
                    });
                    batch.clear();
                }
            }
        }
        replayed.keySet().forEach(name -> progress.get(name).loaded = true);
    }

    /** The per-stream projections: every opportunity's stream read once, a page at a time, for all of them. */
    private void loadStreams() {
        try {
            OpportunityId after = null;
            List<OpportunityId> page;
            while (!(page = streams.opportunitiesAfter(after, STREAM_PAGE)).isEmpty()) {
                recompute(page, true);
                after = page.getLast();
            }
            perStream.forEach(projection -> progress.get(projection.name()).loaded = true);
        } catch (RuntimeException e) {
            log.error("Rebuild: reading the opportunities' streams failed", e);
            throw e;
        }
    }

    private void recompute(Collection<OpportunityId> opportunities, boolean ownTransaction) {
        if (perStream.isEmpty() || opportunities.isEmpty()) {
            return;
        }
        try {
            inBuildingSchema(ownTransaction, () -> {
                Map<OpportunityId, List<OpportunityEvent>> read = streams.read(opportunities);
                long events = read.values().stream().mapToLong(List::size).sum();
                perStream.forEach(projection -> {
                    projection.recomputeFrom(read);
                    progress.get(projection.name()).processed.addAndGet(events);
                });
            });
        } catch (RuntimeException failure) {
            if (!ownTransaction || opportunities.size() == 1) {
                throw failure;
            }
            // one bad stream must not keep the others out: again one by one, leaving out what still fails
            for (OpportunityId opportunity : opportunities) {
                try {
                    recompute(List.of(opportunity), true);
                } catch (RuntimeException e) {
                    perStream.forEach(projection -> skip(projection.name(), "opportunity " + opportunity, e));
                }
            }
        }
    }

    private void handle(String name, EventHandlerInvoker invoker, List<? extends EventMessage<?>> batch) {
        try {
            inBuildingSchema(true, () -> invoke(invoker, batch));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                skip(name, "event " + batch.getFirst().getIdentifier() + " (" + batch.getFirst().getPayloadType().getSimpleName() + ")", failure);
                return;
            }
            for (EventMessage<?> event : batch) {
                handle(name, invoker, List.of(event));
            }
        }
    }

    private static void invoke(EventHandlerInvoker invoker, List<? extends EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            EventMessage<?> message = unitOfWork.getMessage();
            if (invoker.canHandle(message, Segment.ROOT_SEGMENT)) {
                invoker.handle(message, Segment.ROOT_SEGMENT);
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    /**
     * Applies what came after {@code since} to the fresh tables: the events through the event-by-event projections,
     * and the opportunities they touch recomputed. Returns where it got to.
     */
    private TrackingToken catchUp(TrackingToken since, boolean inCallersTransaction) {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(since, false)) {
            stream.forEach(events::add);
        }
        TrackingToken reached = events.isEmpty() ? since : events.getLast().trackingToken();
        Set<OpportunityId> touched = new LinkedHashSet<>();
        events.forEach(event -> {
            if (event.getPayload() instanceof OpportunityEvent opportunityEvent) {
                touched.add(opportunityEvent.opportunityId());
            }
        });
        for (int from = 0; from < events.size(); from += EVENT_BATCH) {
            List<TrackedEventMessage<?>> batch = events.subList(from, Math.min(events.size(), from + EVENT_BATCH));
            if (inCallersTransaction) {
                replayed.values().forEach(invoker -> invoke(invoker, batch));
            } else {
                replayed.forEach((name, invoker) -> handle(name, invoker, batch));
            }
        }
        List<OpportunityId> ids = List.copyOf(touched);
        for (int from = 0; from < ids.size(); from += STREAM_PAGE) {
            recompute(ids.subList(from, Math.min(ids.size(), from + STREAM_PAGE)), !inCallersTransaction);
        }
        log.info("Rebuild catch-up: {} events, {} opportunities", events.size(), touched.size());
        return reached;
    }

    /** The last events and the swap, in one transaction holding the live tables; tried again after a deadlock. */
    private void switchOver(TrackingToken since) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= SWITCH_ATTEMPTS; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    tables.lockLive();
                    jdbc.execute("SET LOCAL search_path TO " + FreshTables.BUILDING + ", public");
                    catchUp(since, true);
                    jdbc.execute("SET LOCAL search_path TO public");
                    tables.swap();
                });
                progress.values().forEach(each -> each.processed.set(each.total));
                return;
            } catch (RuntimeException e) {
                last = e;
                log.warn("Rebuild: switching to the fresh tables failed (attempt {} of {}): {}", attempt, SWITCH_ATTEMPTS,
                        e.getMessage());
            }
        }
        throw new IllegalStateException("could not switch to the rebuilt tables", last);
    }

    /** Runs the work in a transaction whose statements find the fresh tables first (or in the caller's). */
    private void inBuildingSchema(boolean ownTransaction, Runnable work) {
        if (!ownTransaction) {
            work.run();
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL search_path TO " + FreshTables.BUILDING + ", public");
            work.run();
        });
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private void skip(String projection, String what, RuntimeException error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        skipped.add(new Skipped(projection, what, message));
        log.warn("Rebuild of {} leaves out {}: {}", projection, what, message, error);
    }
}
