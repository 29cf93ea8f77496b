package org.followthrough.web.backup;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.infra.testing.TestPostgres;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.followthrough.web.FollowthroughApplication;
import org.followthrough.web.ReadModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/operations.md, done: {@code pg_dump} of the event store and the tables that are not projections, restored into
 * an empty database, the app started on it, every projection rebuilt; every read model then holds the same rows as
 * the original. The dump holds no projection rows (they are excluded), so the rows come from the rebuild alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.admin.email=admin@followthrough.test", "followthrough.admin.password=an admin password"})
@FreshDatabase
class BackupAndRestoreTest {

    /** The projections' tables and Axon's tokens: their rows are not backed up, a rebuild makes them again. */
    static final List<String> REBUILT = List.of("timeline_entry", "timeline_opportunity", "due_action",
            "due_action_opportunity", "candidate_settings", "outcome_fact", "outcome_fact_opportunity", "coach_share",
            "tokenentry");

    private static final List<String> KEPT = List.of(
            "SELECT * FROM account ORDER BY id",
            "SELECT * FROM candidate_key ORDER BY candidate_id",
            "SELECT globalindex, aggregateidentifier, sequencenumber, payload FROM domainevententry ORDER BY globalindex");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Value("${spring.datasource.url}")
    String url;
    @TempDir
    Path folder;

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseAndRebuiltHoldsEveryReadModelAsBefore() throws Exception {
        Api api = new Api(port);
        Caller ada = api.candidate("Ada");
        Caller grace = api.candidate("Grace");
        Caller gone = api.candidate("Gone");
        Caller coach = api.signUp("Coach", "Europe/Berlin", "DE-BY", "COACH");
        history(api, ada, "Acme", true);
        history(api, grace, "Globex", false);
        history(api, gone, "Initech", true);
        assertThat(api.shareWithCoach(ada, coach.email(), true).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/me/settings", grace, """
                {"timeZone": "Europe/London", "region": "GB"}""").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/me", gone, "{\"password\": \"%s\"}".formatted(gone.password())).status())
                .isEqualTo(204);
        long head = eventStore.createHeadToken().position().orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilds.status().processors().stream()
                .allMatch(processor -> processor.position() >= head));
        Map<String, List<String>> original = ReadModels.rows(jdbc);
        Map<String, List<String>> kept = ReadModels.rows(jdbc, KEPT);
        assertThat(original.get(ReadModels.QUERIES.getFirst())).hasSizeGreaterThan(5);

        Path dump = folder.resolve("followthrough.dump");
        List<String> backup = new ArrayList<>(List.of(bin("pg_dump"), "--format=custom", "--no-owner",
                "--file=" + dump, "--dbname=" + libpq(url)));
        REBUILT.forEach(table -> backup.add("--exclude-table-data=" + table));
        run(backup);
        TestPostgres.Database empty = TestPostgres.createDatabase();
        run(List.of(bin("pg_restore"), "--no-owner", "--exit-on-error", "--dbname=" + libpq(empty.url()), dump.toString()));
        JdbcClient restoredDb = JdbcClient.create(new DriverManagerDataSource(empty.url(), empty.server().user(),
                empty.server().password()));
        assertThat(restoredDb.sql("SELECT count(*) FROM timeline_entry").query(Long.class).single())
                .as("the dump holds no projection rows").isZero();

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(FollowthroughApplication.class)
                .properties("spring.datasource.url=" + empty.url(), "spring.datasource.username=" + empty.server().user(),
                        "spring.datasource.password=" + empty.server().password(), "server.port=0",
                        "followthrough.master-key=" + TestPostgres.MASTER_KEY,
                        "followthrough.admin.email=admin@followthrough.test",
                        "followthrough.admin.password=an admin password")
                .run()) {
            Api restoredApi = new Api(Integer.parseInt(restored.getEnvironment().getProperty("local.server.port", "0")));
            Caller admin = new Caller("admin@followthrough.test", "an admin password", UUID.randomUUID());
            assertThat(restoredApi.post("/api/v1/admin/rebuilds", admin, "{}").status()).isEqualTo(202);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
                Reply status = restoredApi.get("/api/v1/admin/rebuilds", admin);
                return !status.body().get("finishedAt").isNull() && status.body().get("processors").valueStream()
                        .allMatch(processor -> processor.get("processed").asLong() >= head);
            });

            assertThat(ReadModels.rows(restoredDb)).isEqualTo(original);
            assertThat(ReadModels.rows(restoredDb, KEPT)).isEqualTo(kept);
            assertThat(restoredApi.get("/api/v1/timeline", ada).body().toString()).contains("Acme");
            assertThat(restoredApi.get("/api/v1/timeline", gone).status()).as("the erased stay erased").isEqualTo(401);
        }
    }

    private static void history(Api api, Caller candidate, String company, boolean replied) {
        String opportunity = api.open(candidate, company, "Backend Engineer");
        String path = "/api/v1/opportunities/" + opportunity;
        Reply held = api.post(path + "/interviews", candidate, """
                {"startedAt": "2026-03-10T14:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00",
                 "interviewers": [{"name": "Pat Smith", "email": "pat@%s.example"}],
                 "decision": {"kind": "DATE", "date": "2026-03-20"}}""".formatted(company.toLowerCase()));
        assertThat(held.status()).isEqualTo(201);
        if (replied) {
            assertThat(api.post(path + "/replies", candidate, """
                    {"receivedAt": "2026-03-24T09:00:00+01:00", "kind": "OFFER", "note": "a written offer"}""")
                    .status()).isEqualTo(201);
        }
    }

    /** A JDBC URL as libpq takes it, with the test server's user and password. */
    private static String libpq(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        TestPostgres.Server server = TestPostgres.server();
        String password = server.password().isEmpty() ? "" : ":" + server.password();
        return "postgresql://" + server.user() + password + "@" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    }

    /**
     * The newest PostgreSQL client on this machine ({@code FOLLOWTHROUGH_PG_BIN} if set, else Debian's
     * /usr/lib/postgresql/N/bin, else the PATH): pg_dump must be at least the server's version.
     */
    private static String bin(String tool) throws IOException {
        String given = System.getenv("FOLLOWTHROUGH_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given, tool).toString();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.map(version -> version.resolve("bin").resolve(tool)).filter(Files::isExecutable)
                        .max(Comparator.comparingInt(path -> Integer.parseInt(path.getParent().getParent().getFileName()
                                .toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get().toString();
                }
            }
        }
        return tool;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
