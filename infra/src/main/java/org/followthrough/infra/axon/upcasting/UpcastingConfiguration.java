package org.followthrough.infra.axon.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.followthrough.infra.crypto.CandidateKeys;
import org.followthrough.infra.crypto.PersonalFieldsUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upcasters the event store reads through, in the order they apply. Axon's Spring Boot auto-configuration hands
 * every {@link EventUpcaster} bean to its configurer, whose chain the JDBC storage engine applies to aggregate streams
 * and tracking processors alike. Beans reach it in Spring's collection order ({@code @Order}, else no promise), so
 * the order is kept here, in one chain: add the next upcaster to it, after the ones it builds on. Sealed personal
 * fields are opened first, so every later upcaster reads plain JSON.
 */
@Configuration(proxyBeanMethods = false)
class UpcastingConfiguration {

    @Bean
    EventUpcaster followthroughUpcasters(CandidateKeys keys) {
        return new EventUpcasterChain(new PersonalFieldsUpcaster(keys::forReading), new InterviewHeldUpcaster(),
                new StoredTextUpcaster());
    }
}
