package org.followthrough.application.rebuild;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.followthrough.domain.candidate.CandidateStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Processes every {@link SubscribingProjection} in the command's own transaction, and rebuilds one when asked: its
 * tables emptied, then every candidate event handed to its own {@code @EventHandler}s, all in one transaction.
 */
@Component
public class SubscribingRebuilds {

    private final CandidateStreams streams;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;

    public SubscribingRebuilds(CandidateStreams streams, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.streams = streams;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public void rebuild(SubscribingProjection projection) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            projection.tables().forEach(table -> jdbc.update("DELETE FROM " + table));
            streams.forEachEvent(event -> {
                try {
                    handlers.handle(GenericEventMessage.asEventMessage(event));
                } catch (Exception e) {
                    throw new IllegalStateException("could not rebuild " + projection.processingGroup() + " from " + event, e);
                }
            });
        });
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
