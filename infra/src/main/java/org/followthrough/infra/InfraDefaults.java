package org.followthrough.infra;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The settings the infrastructure needs wherever it runs (the app, and every test context): no Axon Server,
 * deadlines that wait for the context, JSON only. Added last, so any application property overrides them.
 */
class InfraDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "followthrough-infra-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("followthrough-infra-defaults",
                    new ClassPathResource(RESOURCE, InfraDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + RESOURCE, e);
        }
    }
}
