package org.followthrough.infra.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The embedded PostgreSQL as the app starts it: durable, reachable by the app alone, one per folder. */
class EmbeddedServerTest {

    @TempDir
    Path data;

    @Test
    void aNewFolderCommitsDurablyAndAcceptsOnlyThePasswordKeptBesideIt() throws Exception {
        Path folder = data.resolve("postgres");
        try (DataFolderLock lock = DataFolderLock.acquire(folder); EmbeddedServer server = EmbeddedServer.start(lock, 0)) {
            Path passwordFile = data.resolve("postgres.password");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");

            assertThat(settings(server)).containsExactly("on", "on", "on", "");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres")).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "a guess").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void aFolderMadeByAnEarlierVersionGetsAPasswordAndKeepsItsData() throws Exception {
        Path folder = data.resolve("postgres");
        // what earlier versions left: zonky's own folder, which trusts every local connection
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (entry text); INSERT INTO kept VALUES ('recorded before the upgrade')");
        }
        assertThat(data.resolve("postgres.password")).doesNotExist();

        String password;
        try (DataFolderLock lock = DataFolderLock.acquire(folder); EmbeddedServer server = EmbeddedServer.start(lock, 0)) {
            password = server.password();
            assertThat(Files.readString(data.resolve("postgres.password")).strip()).isEqualTo(password);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("postgres.password"))))
                    .isEqualTo("rw-------");
            assertThat(rows(server)).containsExactly("recorded before the upgrade");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres")).close())
                            .isInstanceOf(SQLException.class));
        }

        try (DataFolderLock lock = DataFolderLock.acquire(folder); EmbeddedServer again = EmbeddedServer.start(lock, 0)) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(rows(again)).containsExactly("recorded before the upgrade");
            assertThat(settings(again)).containsExactly("on", "on", "on", "");
        }
    }

    @Test
    void aFolderAlreadyClaimedIsRefusedWithOneSentenceNamingIt() throws IOException {
        Path folder = data.resolve("postgres");
        try (DataFolderLock first = DataFolderLock.acquire(folder)) {
            assertThat(first.postgresDirectory()).isEqualTo(folder);
            assertThatThrownBy(() -> DataFolderLock.acquire(folder))
                    .isInstanceOf(DataFolderUnavailable.class)
                    .hasMessageStartingWith("Followthrough is already running with its data in " + folder
                            + " (process " + ProcessHandle.current().pid() + ")")
                    .hasMessageContaining("FOLLOWTHROUGH_DATA=")
                    .hasMessageNotContaining("\n");
        }
        DataFolderLock.acquire(folder).close();
    }

    @Test
    void aProcessThatIsNotThisFoldersServerIsNeverTouched() throws Exception {
        Path folder = data.resolve("postgres");
        Files.createDirectories(folder);
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(folder.resolve("postmaster.pid"), stranger.pid() + "\n" + folder + "\n");
            assertThat(OrphanedServer.stopIfRunning(folder)).isFalse();
            assertThat(stranger.isAlive()).isTrue();
            // a number reused by another program: the file is stale, and PostgreSQL would refuse to start beside it
            assertThat(folder.resolve("postmaster.pid")).doesNotExist();
        } finally {
            stranger.destroyForcibly();
        }

        Path elsewhere = data.resolve("another");
        try (DataFolderLock lock = DataFolderLock.acquire(elsewhere); EmbeddedServer other = EmbeddedServer.start(lock, 0)) {
            String otherServer = Files.readAllLines(elsewhere.resolve("postmaster.pid")).getFirst();
            Files.writeString(folder.resolve("postmaster.pid"), otherServer + "\n" + folder + "\n");
            assertThat(OrphanedServer.stopIfRunning(folder)).isFalse();
            assertThat(ProcessHandle.of(Long.parseLong(otherServer)).map(ProcessHandle::isAlive)).contains(true);
            assertThat(rows(other, "SELECT 'still serving'")).containsExactly("still serving");
        }
    }

    private static List<String> settings(EmbeddedServer server) throws SQLException {
        return rows(server, "SELECT current_setting('fsync') UNION ALL SELECT current_setting('synchronous_commit') "
                + "UNION ALL SELECT current_setting('full_page_writes') "
                + "UNION ALL SELECT current_setting('unix_socket_directories')");
    }

    private static List<String> rows(EmbeddedServer server) throws SQLException {
        return rows(server, "SELECT entry FROM kept");
    }

    private static List<String> rows(EmbeddedServer server, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }
}
