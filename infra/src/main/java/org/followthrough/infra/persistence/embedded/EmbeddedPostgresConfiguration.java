package org.followthrough.infra.persistence.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default for running with nothing installed: a real PostgreSQL started from a Maven artifact, its data in a
 * local folder so that a restart finds everything again. Active only when no datasource URL is given (the
 * {@code postgres} profile and the tests give one); the folder was locked, and the server started, by
 * {@link EmbeddedPostgresInitializer} before the context started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMode.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "followthrough";

    @Bean(destroyMethod = "") // stopped by its StartingServer, which also lets go of the folder
    EmbeddedServer embeddedServer(StartingServer server) {
        return server.await();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedServer server) throws SQLException {
        createDatabaseIfMissing(server);
        HikariConfig config = new HikariConfig();
        config.setPoolName("followthrough-embedded");
        config.setJdbcUrl(server.jdbcUrl(DATABASE));
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(10);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedServer server) throws SQLException {
        try (Connection connection = server.postgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!result.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
                log.info("Created database {}", DATABASE);
            }
        }
    }
}
