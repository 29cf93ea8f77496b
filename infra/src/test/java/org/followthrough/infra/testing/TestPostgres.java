package org.followthrough.infra.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the tests run against, chosen once per JVM: the server named by
 * {@code FOLLOWTHROUGH_TEST_DB_URL} (CI and this machine), else a Testcontainers PostgreSQL when a Docker engine
 * answers, else an embedded PostgreSQL. Never an in-memory stand-in, and never a skipped test.
 * Each caller of {@link #createDatabase()} gets a database of its own.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "FOLLOWTHROUGH_TEST_DB_URL";
    /** The master key the tests' apps seal personal fields with (32 bytes in Base64; a test value, nothing secret). */
    public static final String MASTER_KEY = "dGVzdCBtYXN0ZXIga2V5OiAzMiBieXRlcyBsb25nISE=";
    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static Server server;

    /** Where the server came from, an admin URL on it, and how to log in. */
    public record Server(String source, String adminUrl, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(adminUrl, user, password);
        }

        public String urlOf(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    /** A fresh database on the test server. */
    public record Database(Server server, String name) {

        public String url() {
            return server.urlOf(name);
        }

        public void drop() {
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                log.warn("Could not drop test database {}: {}", name, e.getMessage());
            }
        }
    }

    private TestPostgres() {
    }

    public static synchronized Server server() {
        if (server == null) {
            server = start();
            try (Connection connection = server.connect(); Statement statement = connection.createStatement();
                 ResultSet version = statement.executeQuery("SHOW server_version")) {
                version.next();
                log.info("Tests run against PostgreSQL {} ({})", version.getString(1), server.source());
            } catch (SQLException e) {
                throw new IllegalStateException("The test PostgreSQL (" + server.source() + ") does not answer at "
                        + server.adminUrl() + ": " + e.getMessage(), e);
            }
        }
        return server;
    }

    /** A database of its own, dropped when the JVM ends (after the test contexts using it have closed). */
    public static Database createDatabase() {
        Server server = server();
        String name = "ft_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + server.source(), e);
        }
        Database database = new Database(server, name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
        return database;
    }

    private static Server start() {
        String url = System.getenv(URL_VARIABLE);
        if ("embedded".equals(url)) {
            return embedded("embedded PostgreSQL (" + URL_VARIABLE + "=embedded)");
        }
        if (url != null && !url.isBlank()) {
            return new Server(URL_VARIABLE + "=" + url, url,
                    envOr("FOLLOWTHROUGH_TEST_DB_USER", "postgres"), envOr("FOLLOWTHROUGH_TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server("Testcontainers " + container.getDockerImageName(), container.getJdbcUrl(),
                    container.getUsername(), container.getPassword());
        }
        return embedded("embedded PostgreSQL (no " + URL_VARIABLE + ", no Docker engine)");
    }

    private static Server embedded(String source) {
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
            return new Server(source, embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
