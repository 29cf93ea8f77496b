package org.followthrough.application.rebuild;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.followthrough.application.projection.DeadLetter;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.projection.ParkedEvent;
import org.followthrough.application.projection.Replayable;
import org.followthrough.domain.candidate.CandidateStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Processes every {@link SubscribingProjection} in the command's own transaction, and rebuilds one when asked: its
 * tables emptied, then every candidate event handed to its own {@code @EventHandler}s, all in one transaction; a
 * candidate whose events it cannot handle is parked, and a retry of that dead letter rebuilds it again.
 */
@Component
public record SubscribingRebuilds(CandidateStreams streams, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                  DeadLetters deadLetters, List<SubscribingProjection> projections)
        implements Replayable {

    public SubscribingRebuilds {
        projections = List.copyOf(projections);
    }

    /**
     * Empties the projection's tables and hands it every candidate event again. An event it cannot handle is rolled
     * back to a savepoint and its candidate parked ({@link DeadLetters}), with that candidate's later events; the
     * others go on, so a rebuild always finishes.
     */
    public void rebuild(SubscribingProjection projection) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        String processor = projection.processingGroup();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            projection.tables().forEach(table -> jdbc.update("DELETE FROM " + table));
            deadLetters.forget(processor);
            Set<UUID> parked = new HashSet<>();
            streams.forEachEvent(event -> {
                UUID candidate = event.candidateId().value();
                ParkedEvent parkable = new ParkedEvent(candidate, candidate, -1, event.getClass().getSimpleName());
                if (parked.contains(candidate)) {
                    deadLetters.parkBehind(processor, parkable);
                    return;
                }
                jdbc.execute("SAVEPOINT subscribing_event");
                try {
                    handlers.handle(GenericEventMessage.asEventMessage(event));
                } catch (Exception failed) {
                    jdbc.execute("ROLLBACK TO SAVEPOINT subscribing_event");
                    parked.add(candidate);
                    deadLetters.park(processor, parkable, failed);
                }
                jdbc.execute("RELEASE SAVEPOINT subscribing_event");
            });
        });
    }

    @Override
    public boolean replays(String processor) {
        return projections.stream().anyMatch(projection -> projection.processingGroup().equals(processor));
    }

    /**
     * A dead letter of a subscribing projection retried: the projection rebuilt, and the retry fails if that
     * candidate's events still cannot be handled.
     */
    @Override
    public void replay(String processor, UUID streamId) {
        SubscribingProjection projection = projections.stream()
                .filter(candidate -> candidate.processingGroup().equals(processor)).findFirst().orElseThrow();
        rebuild(projection);
        if (deadLetters.isParked(processor, streamId)) {
            throw new IllegalStateException("still cannot be handled: "
                    + deadLetters.all().stream().filter(letter -> letter.processor().equals(processor)
                    && letter.streamId().equals(streamId)).map(DeadLetter::error).findFirst().orElse(""));
        }
    }

    /** Registers each subscribing projection's processing group as a subscribing processor. */
    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule subscribingProcessors(List<SubscribingProjection> projections) {
            return configurer -> configurer.eventProcessing(processing -> projections.forEach(projection ->
                    processing.registerSubscribingEventProcessor(projection.processingGroup())));
        }
    }
}
