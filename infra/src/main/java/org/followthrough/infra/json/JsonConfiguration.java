package org.followthrough.infra.json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the domain's JSON shapes with Spring Boot's {@code JsonMapper}. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    DomainJacksonModule domainJacksonModule() {
        return new DomainJacksonModule();
    }
}
