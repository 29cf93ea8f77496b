package org.followthrough.infra.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.followthrough.domain.candidate.Candidate;
import org.followthrough.domain.opportunity.Opportunity;
import org.followthrough.infra.json.DomainJacksonModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Axon on our PostgreSQL: the aggregates (registered here so the domain needs no Spring), the serializer's
 * JSON shapes, and the error resolver that turns PostgreSQL's duplicate-key error into Axon's concurrency
 * error.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * Axon's replay token names its inner tokens' classes (and an untyped context); Jackson 3 refuses such class
     * names unless told which to trust. Without this a tracking processor cannot read its token back after a restart.
     */
    private static final PolymorphicTypeValidator AXON_AND_OUR_TYPES = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.")
            .allowIfSubType("org.followthrough.")
            .allowIfSubType("java.lang.")
            .allowIfSubType("java.util.")
            .allowIfSubType("java.time.")
            .build();

    /** Events read per query from the store in global order (tracking processors, rebuilds). */
    private static final int FETCH_BATCH = 1_000;

    /** PostgreSQL's unique_violation; Axon's default resolver does not recognise it. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    ConfigurerModule followthroughAggregates() {
        return configurer -> configurer
                .configureAggregate(Opportunity.class)
                .configureAggregate(Candidate.class);
    }

    /**
     * The JDBC event storage as Axon's auto-configuration makes it (same serializers, upcasters, schema and
     * transactions), but one that does not ask for a snapshot before loading an aggregate
     * ({@link UnsnapshottedEventStorage}): one round trip fewer per command.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager) {
        return new UnsnapshottedEventStorage(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                // events fetched per query when a processor or a rebuild reads the store in order: as many as a
                // processor handles in one batch (axon.eventhandling.processors.*.batch-size), instead of Axon's 100
                .batchSize(FETCH_BATCH)
                .schema(new EventSchema()));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    /**
     * JSON for events, snapshots, tokens and deadlines alike. Declared here, not through Axon's properties,
     * so that no configuration can silently fall back to XStream's XML.
     */
    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .jsonMapperBuilderCustomizer(builder -> builder
                        .addModule(new DomainJacksonModule())
                        .polymorphicTypeValidator(AXON_AND_OUR_TYPES)
                        // a newer version may add fields; an older node must still read the events
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .build();
    }

    /** Milliseconds are plenty for people's events, and PostgreSQL keeps microseconds: no rounding surprises. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
