package org.followthrough.infra.testing;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;
import java.util.Map;

/** Creates the database for a {@link FreshDatabase} test class and points Spring's datasource at it. */
class FreshDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, FreshDatabase.class)
                ? new Customizer(testClass)
                : null;
    }

    /** One per test class: equal only to itself's class, so no two classes share a context or a database. */
    private record Customizer(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres.Database database = TestPostgres.createDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-database", Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.server().user(),
                    "spring.datasource.password", database.server().password(),
                    "spring.datasource.hikari.maximum-pool-size", "5",
                    "followthrough.master-key", TestPostgres.MASTER_KEY)));
        }
    }
}
