package org.followthrough.infra.cluster;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sequencing policy the processors name in their properties ({@code sequencing-policy=perCandidate}). */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    SequencingPolicy<EventMessage<?>> perCandidate() {
        return new PerCandidateSequencing();
    }
}
