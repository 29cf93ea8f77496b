package org.followthrough.infra.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL on a data folder this JVM holds: a server orphaned there by a killed JVM is stopped first,
 * then zonky starts one with durable commits, reachable by the app alone. Its own messages go to {@code postgres.log}
 * beside the folder.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server on the locked folder, on {@code port} or a free one when it is 0. */
    public static EmbeddedServer start(DataFolderLock folder, int port) {
        Path directory = folder.postgresDirectory();
        long started = System.nanoTime();
        OrphanedServer.stopIfRunning(directory);
        PasswordAccess access = PasswordAccess.of(directory);
        Path logFile = DataFolderFiles.beside(directory, ".log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // the context stops it, after everything that uses it; zonky's JVM hook would race Axon's shutdown
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                // zonky tunes for throwaway test databases: it starts postgres with -F (no fsync) and
                // synchronous_commit=off; here a 201 promises the entry survives a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        access.configure(builder);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            OrphanedServer.stopIfRunning(directory); // one that came up too late would block the next start
            throw new DataFolderUnavailable("The embedded PostgreSQL with its data in " + directory
                    + " did not start; its own messages are in " + logFile + ".", e);
        }
        try {
            access.grantIfNeeded(postgres);
        } catch (RuntimeException e) {
            try {
                postgres.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(), directory,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new EmbeddedServer(postgres, access.password());
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(PasswordAccess.USER, database);
    }

    public String user() {
        return PasswordAccess.USER;
    }

    public String password() {
        return password;
    }

    /** The server's own {@code postgres} database, for what must happen outside the app's database. */
    public DataSource postgresDatabase() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
