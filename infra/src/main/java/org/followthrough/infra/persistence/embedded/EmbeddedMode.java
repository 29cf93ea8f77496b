package org.followthrough.infra.persistence.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.nio.file.Path;

/**
 * Whether the app runs on its embedded PostgreSQL: when no datasource URL is given (the {@code postgres} profile and
 * the tests give one). One rule for the early lock on the data folder and for the configuration that starts the server.
 */
final class EmbeddedMode implements Condition {

    static final String DATA_DIRECTORY = "followthrough.embedded.data-dir";
    static final String PORT = "followthrough.embedded.port";

    static boolean isActive(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").isEmpty();
    }

    static Path postgresDirectory(Environment environment) {
        return Path.of(environment.getProperty(DATA_DIRECTORY, "data/postgres")).toAbsolutePath().normalize();
    }

    /** The server's port; 0 (the default) for any free one. */
    static int port(Environment environment) {
        return environment.getProperty(PORT, Integer.class, 0);
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isActive(context.getEnvironment());
    }
}
