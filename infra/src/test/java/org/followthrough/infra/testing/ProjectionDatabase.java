package org.followthrough.infra.testing;

import org.flywaydb.core.Flyway;
import org.followthrough.infra.json.DomainJacksonModule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

/**
 * A fresh database with every table the migrations make, and no application around it: for tests that call one
 * projection's handlers (or its recomputation) and then read its rows. Much lighter than a Spring context.
 */
public final class ProjectionDatabase {

    private final DataSource dataSource;

    private ProjectionDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A database of its own on the test PostgreSQL ({@link TestPostgres}), migrated by Flyway. */
    public static ProjectionDatabase fresh() {
        TestPostgres.Database database = TestPostgres.createDatabase();
        DataSource dataSource = new DriverManagerDataSource(database.url(), database.server().user(),
                database.server().password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new ProjectionDatabase(dataSource);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public JdbcTemplate template() {
        return new JdbcTemplate(dataSource);
    }

    public PlatformTransactionManager transactions() {
        return new DataSourceTransactionManager(dataSource);
    }

    /** The JSON the app writes events and read models with: the domain's ids as plain strings. */
    public static JsonMapper json() {
        return JsonMapper.builder().addModule(new DomainJacksonModule()).build();
    }

    /** How many rows {@code table} holds. */
    public long rows(String table) {
        return jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
