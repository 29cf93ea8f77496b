package org.followthrough.infra.persistence.embedded;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Claims the embedded PostgreSQL's data folder before the context starts anything, so that a second Followthrough on
 * the same folder stops at once with one sentence ({@link DataFolderUnavailable}), and so that a server found
 * running there at start-up can only be an orphan. The lock becomes a bean, released when the context closes (or
 * fails to start), after the server that depends on it has stopped.
 */
class DataFolderLocking implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String BEAN = "embeddedDataFolderLock";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!EmbeddedMode.isActive(context.getEnvironment())) {
            return;
        }
        if (!(context instanceof GenericApplicationContext generic)) {
            throw new IllegalStateException("The embedded PostgreSQL needs a GenericApplicationContext, not "
                    + context.getClass().getName());
        }
        DataFolderLock lock = DataFolderLock.acquire(EmbeddedMode.postgresDirectory(context.getEnvironment()));
        DefaultListableBeanFactory beans = generic.getDefaultListableBeanFactory();
        beans.registerSingleton(BEAN, lock);
        beans.registerDisposableBean(BEAN, lock::close);
    }
}
