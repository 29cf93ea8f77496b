package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The holes the fuzzing found or the issue named, each pinned by a request (issue 8, item 4). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class MalformedInputTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Caller ada;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = api.candidate("Ada");
    }

    @Test
    void aQueryThatIsNotUtf8AnswersA400NamingTheParameter() {
        for (String query : new String[] {"from=%FF", "asOf=%C0%80", "after=%ED%A0%80", "%FF=1"}) {
            Reply reply = api.get("/api/v1/timeline?" + query, ada);

            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/due-actions?asOf=%FF", ada).body().get("field").asString()).isEqualTo("asOf");
    }

    @Test
    void aPageWithAnUndecodableQueryAnswersAnHtml400() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/timeline?day=%FF"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("day: is not valid percent-encoded UTF-8");
    }

    @Test
    void anUnreadableTimelineCursorIsA400() {
        Reply reply = api.get("/api/v1/timeline?after=not-a-cursor", ada);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("after");
    }

    @Test
    void theErrorPathItselfIsNoServerError() {
        assertThat(api.get("/error", null).status()).isLessThan(500);
        assertThat(api.get("/error", ada).status()).isLessThan(500);
    }

    @Test
    void anOversizedAnonymousBodyIsRefusedBeforeItIsRead() throws Exception {
        long accounts = accounts();
        String huge = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "@example.com\"}";

        HttpResponse<String> declared = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(accounts()).isEqualTo(accounts);
    }

    @Test
    void anImportedEventWithoutAPayloadIsRefusedAndNothingIsStored() {
        Caller fresh = api.candidate("Fresh");
        long events = events();

        Reply reply = api.post("/api/v1/me/import", fresh, """
                {"format": "followthrough-history", "version": 1, "opportunities": [
                  {"opportunityId": "6f1c2a9e-0000-4000-8000-000000000001", "events": [
                    {"sequence": 0, "type": "OpportunityOpened", "occurredAt": "2026-11-01T10:00:00Z",
                     "recordedAt": "2026-11-01T10:00:00Z", "payload": {}}]}]}""");

        assertThat(reply.status()).isBetween(400, 499);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(events);
    }

    private long accounts() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
