package org.followthrough.infra.persistence.embedded;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Before the context starts anything: claims the embedded PostgreSQL's data folder, so that a second Followthrough on
 * the same folder stops at once with one sentence ({@link DataFolderUnavailable}) and a server found running there can
 * only be an orphan; then starts the server in the background. Both become one bean, closed with the context (or when
 * it fails to start) after everything that uses the database.
 */
class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String BEAN = "startingEmbeddedServer";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (!EmbeddedMode.isActive(environment)) {
            return;
        }
        if (!(context instanceof GenericApplicationContext generic)) {
            throw new IllegalStateException("The embedded PostgreSQL needs a GenericApplicationContext, not "
                    + context.getClass().getName());
        }
        DataFolderLock folder = DataFolderLock.acquire(EmbeddedMode.postgresDirectory(environment));
        StartingServer server = StartingServer.begin(folder, EmbeddedMode.port(environment));
        DefaultListableBeanFactory beans = generic.getDefaultListableBeanFactory();
        beans.registerSingleton(BEAN, server);
        beans.registerDisposableBean(BEAN, server::close);
    }
}
