package org.followthrough.web.crash;

import org.followthrough.infra.testing.TestPostgres;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app nodes, each the packaged jar in a process of its own, on one PostgreSQL: a browser signed in on one is
 * signed in on the other (sessions in the database), commands go through both, the processors' segments are shared
 * between them, and after {@code kill -9} of one the other takes its segments over within the claim timeout and every
 * acknowledged entry reaches the read models.
 */
class TwoNodesIT {

    private static final Caller ADMIN = new Caller("admin@nodes.example.com", "an admin password for two nodes",
            UUID.randomUUID());
    /** Axon's claim timeout (10 s) plus its claim interval (5 s) plus the time to replay what the dead node left. */
    private static final Duration TAKEOVER_WITHIN = Duration.ofSeconds(45);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static final List<AppProcess> launched = new CopyOnWriteArrayList<>();
    private static TestPostgres.Database database;
    private static Path jar;
    private static Path logs;
    private static Path data;

    @BeforeAll
    static void database() throws IOException {
        jar = Path.of(System.getProperty("followthrough.jar", "target/followthrough.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged app (run after package)").isRegularFile();
        logs = Files.createDirectories(Path.of(System.getProperty("followthrough.crash-logs", "target/crash-recovery")));
        data = Files.createTempDirectory("followthrough-nodes-");
        database = TestPostgres.createDatabase();
    }

    @AfterAll
    static void leaveNothingRunning() throws IOException {
        launched.forEach(app -> app.handle().destroyForcibly());
        launched.forEach(app -> app.handle().onExit().join());
        FileSystemUtils.deleteRecursively(data);
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void twoNodesShareSessionsAndWorkAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        AppProcess first = launch("nodes-1");
        AppProcess second = launch("nodes-2");
        first.awaitServing(Duration.ofMinutes(4));
        second.awaitServing(Duration.ofMinutes(4));
        Api one = new Api(first.port());
        Api two = new Api(second.port());
        Caller candidate = one.candidate("Nodes");

        signedInOnOneIsSignedInOnTheOther(first.port(), second.port(), candidate);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode cluster = cluster(two);
            assertThat(cluster.get("nodes").valueStream().filter(node -> node.get("alive").asBoolean()).count())
                    .as("live nodes").isEqualTo(2);
            Set<String> owners = new HashSet<>();
            cluster.get("segments").forEach(segment -> owners.add(segment.get("owner").asString()));
            assertThat(owners).as("the nodes working segments").hasSize(2).doesNotContain("");
        });

        // and the administrator sees the same on /admin: both nodes, each with the segments it works
        JsonNode split = cluster(two);
        HttpClient admin = signedIn(second.port(), ADMIN.email(), ADMIN.password());
        HttpResponse<String> page = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + second.port()
                + "/admin")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        split.get("nodes").forEach(node -> assertThat(page.body()).contains(node.get("id").asString()));
        assertThat(page.body()).contains("candidate-timeline #0", "candidate-timeline #1", "(this one)");

        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Api node = i % 2 == 0 ? one : two;
            acknowledged.add(node.open(candidate, "Company " + i, "Role " + i));
        }

        assertThat(first.kill()).as("exit status of a SIGKILLed JVM").isEqualTo(128 + 9);
        long killedAt = System.nanoTime();
        String survivor = cluster(two).get("thisNode").asString();
        await().atMost(TAKEOVER_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(cluster(two).get("segments").valueStream().map(segment -> segment.get("owner").asString()))
                        .as("owners of every segment after the kill").containsOnly(survivor));
        System.out.printf("The surviving node owned every segment %d ms after kill -9 of the other%n",
                (System.nanoTime() - killedAt) / 1_000_000);

        for (int i = 12; i < 18; i++) {
            acknowledged.add(two.open(candidate, "Company " + i, "Role " + i));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply timeline = two.get("/api/v1/timeline?limit=5000", candidate);
            assertThat(timeline.status()).isEqualTo(200);
            Set<String> shown = new HashSet<>();
            timeline.body().get("entries").forEach(entry -> shown.add(entry.get("opportunityId").asString()));
            assertThat(shown).as("opportunities on the timeline").containsAll(acknowledged);
            Reply due = two.get("/api/v1/due-actions", candidate);
            assertThat(due.status()).isEqualTo(200);
        });
    }

    /** A browser signed in with the login form of the node on this port. */
    private static HttpClient signedIn(int port, String email, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    /** Signs in with the login form on one node; the session cookie then opens the dashboard on the other. */
    private static void signedInOnOneIsSignedInOnTheOther(int port, int otherPort, Caller candidate) throws Exception {
        HttpClient browser = signedIn(port, candidate.email(), candidate.password());

        // cookies are not kept apart by port: the same browser now asks the other node
        HttpResponse<String> timeline = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + otherPort + "/timeline")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(timeline.statusCode()).as("the timeline page on the other node").isEqualTo(200);
        assertThat(timeline.body()).contains("Nodes");
    }

    private static JsonNode cluster(Api api) {
        Reply reply = api.get("/api/v1/admin/cluster", ADMIN);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static AppProcess launch(String name) throws IOException {
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", database.server().user(),
                "SPRING_DATASOURCE_PASSWORD", database.server().password(),
                "FOLLOWTHROUGH_MASTER_KEY", TestPostgres.MASTER_KEY,
                "FOLLOWTHROUGH_ADMIN_EMAIL", ADMIN.email(),
                "FOLLOWTHROUGH_ADMIN_PASSWORD", ADMIN.password());
        AppProcess app = AppProcess.launch(jar, Files.createDirectories(data.resolve(name)), logs.resolve(name + ".log"),
                environment);
        launched.add(app);
        return app;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
