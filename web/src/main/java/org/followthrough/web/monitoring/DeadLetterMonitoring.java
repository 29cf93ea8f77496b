package org.followthrough.web.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.followthrough.application.projection.DeadLetters;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.TreeMap;

/**
 * Dead letters where operators look: the gauge {@code followthrough.projection.dead_letters{processor=…}}, and the
 * health component {@code deadLetters}, which stays UP with the counts in its details. One person's bad event
 * parked is not the app being down; taking it out of a load balancer would stop everyone else too.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterMonitoring {

    static final String METRIC = "followthrough.projection.dead_letters";

    @Bean
    MeterBinder deadLetterGauges(DeadLetters deadLetters, EventProcessingConfiguration processing) {
        return registry -> processing.eventProcessors().keySet().forEach(processor -> gauge(registry, deadLetters, processor));
    }

    private static void gauge(MeterRegistry registry, DeadLetters deadLetters, String processor) {
        Gauge.builder(METRIC, deadLetters, letters -> letters.count(processor))
                .description("Streams (opportunities or candidates) this processor has parked after an error")
                .tag("processor", processor)
                .register(registry);
    }

    /** Named {@code deadLetters} in the health endpoint (Boot drops the suffix). */
    @Bean
    HealthIndicator deadLettersHealthIndicator(DeadLetters deadLetters) {
        return () -> {
            Map<String, Long> counts = new TreeMap<>(deadLetters.countByProcessor());
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            return Health.up().withDetail("total", total).withDetail("byProcessor", counts).build();
        };
    }
}
