package org.followthrough.application.rebuild;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.followthrough.domain.candidate.CandidateStreams;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Rebuilds the projections that subscribing processors keep (current within the command's own transaction, so Axon
 * cannot replay them): their tables emptied, then every candidate event handed to their own {@code @EventHandler}s,
 * all in one transaction.
 */
@Component
public class SubscribingRebuilds {

    private final CandidateStreams streams;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public SubscribingRebuilds(CandidateStreams streams, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.streams = streams;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The rebuild of {@code projection}, a bean with {@code @EventHandler}s for candidate events, over its tables. */
    public DirectRebuild of(String name, Object projection, String... tables) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        List<String> emptied = List.of(tables);
        return new DirectRebuild() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void rebuild() {
                transaction.executeWithoutResult(status -> {
                    emptied.forEach(table -> jdbc.update("DELETE FROM " + table));
                    streams.forEachEvent(event -> {
                        try {
                            handlers.handle(GenericEventMessage.asEventMessage(event));
                        } catch (Exception e) {
                            throw new IllegalStateException("could not rebuild " + name + " from " + event, e);
                        }
                    });
                });
            }
        };
    }
}
