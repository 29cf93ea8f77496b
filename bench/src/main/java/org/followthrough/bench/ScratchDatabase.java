package org.followthrough.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of the benchmark's own, dropped when closed: on the PostgreSQL server named by
 * {@code FOLLOWTHROUGH_BENCH_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code FOLLOWTHROUGH_BENCH_DB_USER} / {@code FOLLOWTHROUGH_BENCH_DB_PASSWORD}), or on an embedded PostgreSQL when
 * the value is {@code embedded} or no server answers. {@code FOLLOWTHROUGH_BENCH_KEEP=true} keeps it for a closer look.
 * {@code FOLLOWTHROUGH_BENCH_DB_NAME} names a database that already exists (bench/run-all.sh makes one for all its
 * steps): it is used as it is and left in place.
 */
final class ScratchDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final String name;
    private final boolean given;

    private ScratchDatabase(String adminUrl, String user, String password, EmbeddedPostgres embedded) throws SQLException {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        String existing = embedded == null ? env("FOLLOWTHROUGH_BENCH_DB_NAME", "") : "";
        this.given = !existing.isEmpty();
        this.name = given ? existing : "ft_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!given) {
            execute("CREATE DATABASE " + name);
        }
    }

    static ScratchDatabase create() throws SQLException, IOException {
        String url = env("FOLLOWTHROUGH_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("FOLLOWTHROUGH_BENCH_DB_USER", "postgres");
        String password = env("FOLLOWTHROUGH_BENCH_DB_PASSWORD", "");
        if (!"embedded".equals(url) && answers(url, user, password)) {
            return new ScratchDatabase(url, user, password, null);
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
        return new ScratchDatabase(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", embedded);
    }

    /** The JDBC URL of the scratch database. */
    String url() {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Where it runs, for the benchmark's report. */
    String server() {
        return embedded != null ? "embedded PostgreSQL" : adminUrl;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            // a given database is its owner's to drop
            if (!given && "true".equals(System.getenv("FOLLOWTHROUGH_BENCH_KEEP"))) {
                System.out.println("Kept the database " + name + " for a closer look (drop it when done).");
            } else if (!given) {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean answers(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
