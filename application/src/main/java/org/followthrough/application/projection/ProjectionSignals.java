package org.followthrough.application.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells whoever waits in this JVM that an event processor has committed a batch touching a stream, so that
 * {@link ReadYourWrites} can look again at once instead of polling the read models on a schedule. Every event
 * processor's events pass an interceptor that notes their streams (aggregate identifiers); once the batch's unit of
 * work has committed, the waiters for those streams are woken.
 *
 * <p>A signal says only "look again": the waiter still asks the read model whether it shows the entry. So a signal
 * too many costs one query, and a missed one (the batch ran on another node, or an event outside the stream touched
 * it) costs a polling step.
 */
@Component
public class ProjectionSignals {

    private static final String STREAMS = ProjectionSignals.class.getName() + ".streams";

    private record Key(String processor, String stream) {
    }

    private final ConcurrentHashMap<Key, Set<Waiter>> waiting = new ConcurrentHashMap<>();

    /** One caller's wait for a stream in one processor; close it when done. */
    public final class Waiter implements AutoCloseable {

        private final Key key;
        private final Semaphore signal = new Semaphore(0);

        private Waiter(Key key) {
            this.key = key;
        }

        /**
         * Waits until the processor has committed a batch with an event of the stream (since the last wait), or the
         * time is up; true if it was signalled.
         */
        public boolean await(long nanos) {
            try {
                boolean signalled = signal.tryAcquire(Math.max(0, nanos), TimeUnit.NANOSECONDS);
                signal.drainPermits();
                return signalled;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void wake() {
            signal.release();
        }

        @Override
        public void close() {
            waiting.computeIfPresent(key, (k, waiters) -> {
                waiters.remove(this);
                return waiters.isEmpty() ? null : waiters;
            });
        }
    }

    /** Starts waiting for the stream in the processor: register first, then look, then {@link Waiter#await}. */
    public Waiter expect(String processor, String stream) {
        Key key = new Key(processor, stream);
        Waiter waiter = new Waiter(key);
        waiting.compute(key, (k, waiters) -> {
            Set<Waiter> all = waiters == null ? new HashSet<>() : waiters;
            all.add(waiter);
            return all;
        });
        return waiter;
    }

    /** The processor has committed events of these streams. */
    void committed(String processor, Set<String> streams) {
        if (waiting.isEmpty()) {
            return;
        }
        for (String stream : streams) {
            waiting.computeIfPresent(new Key(processor, stream), (k, waiters) -> {
                waiters.forEach(Waiter::wake);
                return waiters;
            });
        }
    }

    /** Notes the stream of each event a processor handles, and signals them once the batch has committed. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor(String processor) {
        return (unitOfWork, chain) -> {
            if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
                UnitOfWork<?> batch = unitOfWork.root();
                batch.getOrComputeResource(STREAMS, key -> {
                    Set<String> streams = new HashSet<>();
                    batch.afterCommit(committed -> committed(processor, streams));
                    return streams;
                }).add(event.getAggregateIdentifier());
            }
            return chain.proceed();
        };
    }

    /** Puts the interceptor on every event processor. */
    @Configuration(proxyBeanMethods = false)
    static class Interception {

        @Bean
        ConfigurerModule projectionSignalsInterceptor(ProjectionSignals signals) {
            return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                    (configuration, processor) -> signals.interceptor(processor)));
        }
    }
}
