package org.followthrough.web.erasure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A candidate deletes their account: they can no longer sign in, every read model forgets them (also after a
 * rebuild), their events stay in the store with the personal fields unreadable, and another candidate is untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.admin.email=admin@followthrough.test", "followthrough.admin.password=an admin password"})
@FreshDatabase
class ErasureApiTest {

    /** Every read model table, each with the candidate's column. */
    private static final List<String> TABLES = List.of("timeline_entry", "timeline_opportunity", "due_action",
            "due_action_opportunity", "candidate_settings", "outcome_fact", "outcome_fact_opportunity", "coach_share");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionRebuilds rebuilds;

    @Test
    void anErasedCandidateIsForgottenEverywhereAndStaysForgottenAfterARebuild() {
        Api api = new Api(port);
        Caller ada = api.candidate("Ada");
        Caller grace = api.candidate("Grace");
        Caller coach = api.signUp("Coach", "Europe/Berlin", "DE-BY", "COACH");
        String adas = withAnInterview(api, ada, "Zyxwvut Engines", "Quirinus Quux");
        withAnInterview(api, grace, "Globex", "Hank Scorpio");
        assertThat(api.shareWithCoach(ada, coach.email(), true).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> TABLES.stream().allMatch(table -> rowsOf(table, ada) > 0));
        long adasEvents = eventRows(ada, adas);
        Map<String, Long> graceBefore = rowCounts(grace);

        Reply wrong = api.delete("/api/v1/me", ada, """
                {"password": "not the password at all"}""");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().toString()).contains("password");
        assertThat(api.get("/api/v1/timeline", ada).status()).as("a wrong password deletes nothing").isEqualTo(200);

        assertThat(api.delete("/api/v1/me", ada, """
                {"password": "%s"}""".formatted(ada.password())).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/timeline", ada).status()).as("signing in fails").isEqualTo(401);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TABLES).allMatch(table -> rowsOf(table, ada) == 0));
        assertThat(eventRows(ada, adas)).as("the events stay, for everyone else's sake").isEqualTo(adasEvents + 1);
        assertThat(allPayloads()).noneMatch(json -> json.contains("Zyxwvut") || json.contains("Quirinus")
                || json.contains(ada.email()));
        OpportunityOpened opened = (OpportunityOpened) eventStore.readEvents(adas).asStream()
                .map(DomainEventMessage::getPayload).findFirst().orElseThrow();
        assertThat(opened.company()).isEqualTo("erased");
        assertThat(api.get("/api/v1/coach/candidates", coach).body().toString()).doesNotContain(ada.id().toString());
        assertThat(rowCounts(grace)).isEqualTo(graceBefore);
        assertThat(api.get("/api/v1/timeline", grace).body().toString()).contains("Globex", "Hank Scorpio");

        Caller admin = new Caller("admin@followthrough.test", "an admin password", UUID.randomUUID());
        assertThat(api.post("/api/v1/admin/rebuilds", admin, "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).until(rebuilds::finished);

        assertThat(TABLES).as("a rebuild does not bring them back").allMatch(table -> rowsOf(table, ada) == 0);
        assertThat(rowCounts(grace)).isEqualTo(graceBefore);
    }

    @Test
    void httpBasicOnTheSameRequestConfirmsAndAWrongOneIsRefused() {
        Api api = new Api(port);
        Caller carol = api.candidate("Carol");

        assertThat(api.delete("/api/v1/me", new Caller(carol.email(), "a wrong password", carol.id())).status())
                .isEqualTo(401);
        assertThat(api.delete("/api/v1/me", carol).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/due-actions", carol).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT erased_at IS NOT NULL AND wrapped_key IS NULL FROM candidate_key WHERE candidate_id = ?")
                .param(carol.id()).query(Boolean.class).single()).isTrue();
    }

    private static String withAnInterview(Api api, Caller candidate, String company, String interviewer) {
        String opportunity = api.open(candidate, company, "Backend Engineer");
        Reply held = api.post("/api/v1/opportunities/" + opportunity + "/interviews", candidate, """
                {"startedAt": "2026-03-10T14:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00",
                 "interviewers": [{"name": "%s", "email": "someone@%s.example"}],
                 "decision": {"kind": "DATE", "date": "2026-03-20"}}""".formatted(interviewer,
                company.toLowerCase().replace(' ', '-')));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        return opportunity;
    }

    private long rowsOf(String table, Caller candidate) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE candidate_id = ?").param(candidate.id())
                .query(Long.class).single();
    }

    private Map<String, Long> rowCounts(Caller candidate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, rowsOf(table, candidate)));
        return counts;
    }

    private long eventRows(Caller candidate, String opportunity) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?)")
                .params(candidate.id().toString(), opportunity).query(Long.class).single();
    }

    private List<String> allPayloads() {
        return jdbc.sql("SELECT payload FROM domainevententry").query(byte[].class).list().stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }
}
