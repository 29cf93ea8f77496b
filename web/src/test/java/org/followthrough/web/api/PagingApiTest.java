package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13.5: the opportunities and due-actions lists page like the timeline: {@code limit}, an opaque {@code after}
 * cursor, {@code next} on every page but the last; every item exactly once, in order; a cursor changed by hand, or
 * handed to someone else, is bad input naming {@code after}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingApiTest {

    @LocalServerPort
    int port;
    Api api;
    Caller ada;
    Caller bob;

    @BeforeAll
    void thirtyOpportunitiesTenMomentsEachWithAnInterview() {
        api = new Api(port);
        ada = api.candidate("Ada");
        bob = api.candidate("Bob");
        for (int i = 0; i < 30; i++) {
            // three opportunities opened at each moment: the order needs its tie-breaker
            String opened = "2026-11-%02dT09:00:00+01:00".formatted(1 + i / 3);
            String id = api.post("/api/v1/opportunities", ada, """
                    {"company": "Company %d", "role": "Engineer", "openedAt": "%s"}""".formatted(i, opened))
                    .body().get("id").asString();
            api.post("/api/v1/opportunities/" + id + "/interviews", ada, """
                    {"endedAt": "2026-11-%02dT15:00:00+01:00", "interviewers": [{"name": "Grace Hopper"}, {"name": "Alan Turing"}],
                     "decision": {"kind": "DATE", "date": "2026-12-%02d"}}""".formatted(10 + i / 3, 1 + i / 2));
        }
        api.open(bob, "Bobco", "Engineer");
    }

    @Test
    void walkingTheOpportunitiesSevenAtATimeGivesEachOnceInOrder() {
        JsonNode all = api.get("/api/v1/opportunities?limit=200", ada).body();
        assertThat(all.get("opportunities").size()).isEqualTo(30);
        assertThat(all.get("next").isNull()).isTrue();

        List<String> walked = walk("/api/v1/opportunities", "opportunities", 7, page -> page.get("id").asString());

        assertThat(walked).hasSize(30).doesNotHaveDuplicates()
                .containsExactlyElementsOf(ids(all.get("opportunities"), "id"));
        assertThat(api.get("/api/v1/opportunities", ada).body().get("opportunities").size()).isEqualTo(30);
    }

    @Test
    void walkingTheDueActionsSevenAtATimeGivesEachOnceInOrder() {
        JsonNode all = api.get("/api/v1/due-actions?limit=200", ada).body();
        List<String> every = new ArrayList<>();
        all.get("actions").forEach(action -> every.add(action.get("opportunityId").asString() + " " + action.get("key").asString()));
        assertThat(every).hasSizeGreaterThan(30).doesNotHaveDuplicates();

        List<String> walked = walk("/api/v1/due-actions", "actions", 7,
                action -> action.get("opportunityId").asString() + " " + action.get("key").asString());

        assertThat(walked).containsExactlyElementsOf(every);
        JsonNode first = api.get("/api/v1/due-actions?limit=7", ada).body();
        assertThat(first.get("actions").get(0).toString()).isEqualTo(all.get("actions").get(0).toString());
        assertThat(first.get("missedTotal").asInt()).isEqualTo(all.get("missed").size());
        assertThat(first.get("missed").size()).isLessThanOrEqualTo(7);
    }

    @Test
    void aPastListPagesToo() {
        String asOf = "&asOf=2026-11-20";
        JsonNode all = api.get("/api/v1/due-actions?limit=200" + asOf, ada).body();
        List<String> walked = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = api.get("/api/v1/due-actions?limit=5" + asOf + (next == null ? "" : "&after=" + encode(next)), ada).body();
            page.get("actions").forEach(action -> walked.add(action.toString()));
            next = page.get("next").isNull() ? null : page.get("next").asString();
        } while (next != null);
        List<String> every = new ArrayList<>();
        all.get("actions").forEach(action -> every.add(action.toString()));
        assertThat(walked).isNotEmpty().containsExactlyElementsOf(every);
    }

    @Test
    void aCursorChangedByHandFromAnotherListOrForSomeoneElseIsBadInputNamingAfter() {
        String opportunities = api.get("/api/v1/opportunities?limit=7", ada).body().get("next").asString();
        String dueActions = api.get("/api/v1/due-actions?limit=7", ada).body().get("next").asString();
        String tampered = opportunities.charAt(0) == 'A' ? "B" + opportunities.substring(1) : "A" + opportunities.substring(1);

        for (Reply reply : List.of(
                api.get("/api/v1/opportunities?after=" + encode(tampered), ada),
                api.get("/api/v1/opportunities?after=not-a-cursor", ada),
                api.get("/api/v1/opportunities?after=" + encode(dueActions), ada),
                api.get("/api/v1/due-actions?after=" + encode(opportunities), ada),
                api.get("/api/v1/due-actions?after=" + encode(dueActions) + "&asOf=2026-11-20", ada),
                api.get("/api/v1/opportunities?after=" + encode(opportunities), bob),
                api.get("/api/v1/due-actions?after=" + encode(dueActions), bob))) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().get("field").asString()).isEqualTo("after");
            assertThat(reply.raw().body()).doesNotContain("Company");
        }
    }

    @Test
    void theLimitIsBetweenOneAnd200() {
        for (String path : List.of("/api/v1/opportunities", "/api/v1/due-actions")) {
            for (String limit : List.of("0", "-1", "201", "99999999999", "seven")) {
                Reply reply = api.get(path + "?limit=" + limit, ada);
                assertThat(reply.status()).as(path + " limit " + limit).isEqualTo(400);
                assertThat(reply.body().get("field").asString()).isEqualTo("limit");
            }
            assertThat(api.get(path + "?limit=1", ada).status()).isEqualTo(200);
            assertThat(api.get(path + "?limit=200", ada).status()).isEqualTo(200);
        }
    }

    private List<String> walk(String path, String items, int limit, Function<JsonNode, String> id) {
        List<String> walked = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = api.get(path + "?limit=" + limit + (next == null ? "" : "&after=" + encode(next)), ada).body();
            assertThat(page.get(items).size()).isLessThanOrEqualTo(limit);
            page.get(items).forEach(item -> walked.add(id.apply(item)));
            next = page.get("next").isNull() ? null : page.get("next").asString();
            assertThat(++pages).isLessThan(100);
        } while (next != null);
        assertThat(new HashSet<>(walked)).hasSameSizeAs(walked);
        return walked;
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
