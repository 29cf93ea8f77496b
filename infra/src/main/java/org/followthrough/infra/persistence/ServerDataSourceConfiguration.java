package org.followthrough.infra.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The datasource for a PostgreSQL server named by {@code spring.datasource.*} (the {@code postgres} profile,
 * the tests). Declared here rather than left to Boot's auto-configuration because Axon 4.13's JDBC
 * auto-configuration is conditional on a DataSource bean and, on Boot 4, is not ordered after Boot's own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(DataSourceProperties.class)
class ServerDataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
