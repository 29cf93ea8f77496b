package org.followthrough.web.admin;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.infra.testing.HistoryGenerator;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.followthrough.web.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding every projection from ~10,000 events while the API keeps answering yields exactly the live rows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.admin.email=admin@followthrough.test", "followthrough.admin.password=an admin password"})
@FreshDatabase
class RebuildTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionRebuilds rebuilds;

    @Test
    void aRebuildOfTenThousandEventsWhileTheApiAnswersGivesTheSameRows() throws Exception {
        Api api = new Api(port);
        HistoryGenerator generator = new HistoryGenerator(42);
        List<Account> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(accounts.signUp(new SignUp("c" + i + "-" + UUID.randomUUID() + "@example.com",
                    "a long enough password", "Candidate " + i, "Europe/Berlin", "DE-BY", Role.CANDIDATE)));
        }
        int events = 0;
        while (events < 10_000) {
            for (Account candidate : candidates) {
                List<DomainEventMessage<?>> history = generator.opportunity(candidate.candidateId());
                transactions.executeInTransaction(() -> eventStore.publish(history));
                events += history.size();
            }
        }
        long head = eventStore.createHeadToken().position().orElseThrow();
        await().atMost(Duration.ofMinutes(2)).until(() -> caughtUp(head));
        Map<String, List<String>> live = snapshot();
        assertThat(live.get(ReadModels.QUERIES.getFirst())).hasSizeGreaterThanOrEqualTo(10_000);

        Caller admin = new Caller("admin@followthrough.test", "an admin password", UUID.randomUUID());
        Caller candidate = new Caller(candidates.getFirst().email(), "a long enough password", candidates.getFirst().id());
        Caller other = new Caller(candidates.get(1).email(), "a long enough password", candidates.get(1).id());
        String timelineBefore = entries(api.get("/api/v1/timeline?limit=5000", candidate));
        String dueActionsBefore = actions(api.get("/api/v1/due-actions", candidate));
        Map<String, Long> tablesBefore = tableIds();
        Reply started = api.post("/api/v1/admin/rebuilds", admin, "{}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(api.post("/api/v1/admin/rebuilds", admin, "{}").status()).as("a second rebuild at once").isEqualTo(409);

        // while the fresh tables fill, the pages read the old ones: complete, never half-built
        AtomicInteger duringTheRebuild = new AtomicInteger();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> {
            boolean rebuilding = rebuilds.status().rebuilding();
            Reply timeline = api.get("/api/v1/timeline?limit=5000", candidate);
            Reply dueActions = api.get("/api/v1/due-actions", candidate);
            assertThat(timeline.status()).isEqualTo(200);
            assertThat(entries(timeline)).as("the timeline during the rebuild").isEqualTo(timelineBefore);
            assertThat(actions(dueActions)).as("the due actions during the rebuild").isEqualTo(dueActionsBefore);
            if (rebuilding) {
                duringTheRebuild.incrementAndGet();
            }
            return rebuilds.finished();
        });

        Reply status = api.get("/api/v1/admin/rebuilds", admin);
        assertThat(status.body().get("finishedAt").isNull()).isFalse();
        assertThat(status.body().get("processors").valueStream().map(processor -> processor.get("processed").asLong()))
                .allMatch(processed -> processed >= head);
        assertThat(rebuilds.failure()).isNull();
        assertThat(duringTheRebuild.get()).as("pages read while the rebuild ran").isPositive();
        assertThat(snapshot()).isEqualTo(live);
        Map<String, Long> tablesAfter = tableIds();
        assertThat(tablesAfter.keySet()).containsExactlyInAnyOrderElementsOf(tablesBefore.keySet());
        tablesBefore.forEach((table, id) -> assertThat(tablesAfter.get(table)).as("%s rebuilt into a fresh table", table)
                .isNotEqualTo(id));
        assertThat(actions(api.get("/api/v1/due-actions", candidate))).isEqualTo(dueActionsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'followthrough_re%'")
                .query(Long.class).single()).as("schemas the rebuild left behind").isZero();

        // an entry recorded while a rebuild runs is in the tables it switches to
        assertThat(api.post("/api/v1/admin/rebuilds", admin, "{}").status()).isEqualTo(202);
        String opened = api.open(other, "Opened During A Rebuild", "Engineer");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(rebuilds::finished);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/v1/timeline?limit=5000", other).body().toString()).contains(opened, "Opened During A Rebuild"));
        assertThat(jdbc.sql("SELECT count(*) FROM due_action_opportunity WHERE opportunity_id = ?::uuid").param(opened)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorMayRebuild() {
        Api api = new Api(port);
        Caller candidate = api.candidate("Mallory");

        assertThat(api.post("/api/v1/admin/rebuilds", candidate, "{}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/rebuilds", candidate).status()).isEqualTo(403);
    }

    /** The entries of a timeline answer, as a short fingerprint (count and hash) that a failure can print. */
    private static String entries(Reply reply) {
        return fingerprint(reply.body().get("entries"));
    }

    private static String actions(Reply reply) {
        return fingerprint(reply.body().get("actions"));
    }

    private static String fingerprint(tools.jackson.databind.JsonNode node) {
        return node.size() + " items, hash " + node.toString().hashCode();
    }

    /** The tables of the streaming projections, each with its PostgreSQL object id (a fresh table has a new one). */
    private Map<String, Long> tableIds() {
        Map<String, Long> ids = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT c.relname, c.oid::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname IN ('timeline_entry',
                          'timeline_opportunity', 'due_action', 'due_action_opportunity', 'due_action_waiting',
                          'outcome_fact', 'outcome_fact_opportunity')""")
                .query(row -> {
                    ids.put(row.getString(1), row.getLong(2));
                });
        return ids;
    }

    private boolean caughtUp(long head) {
        return rebuilds.status().processors().stream().allMatch(processor -> processor.position() >= head);
    }

    private Map<String, List<String>> snapshot() {
        return ReadModels.rows(jdbc);
    }
}
