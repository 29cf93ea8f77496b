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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class SignupApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    String ada;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = "ada-" + java.util.UUID.randomUUID() + "@example.com";
    }

    @Test
    void aCandidateSignsUpAndIsRegisteredAsACandidateToo() {
        Reply reply = api.post("/api/v1/signup", null, body(ada, "Europe/Berlin", "DE-BY", "CANDIDATE"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(reply.body().get("region").asString()).isEqualTo("DE-BY");
        String id = reply.body().get("id").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%CandidateRegistered'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePasswordIsStoredOnlyAsAHash() {
        api.post("/api/v1/signup", null, body(ada, "Europe/Berlin", "DE", "CANDIDATE"));

        String hash = jdbc.sql("SELECT password_hash FROM account WHERE email = ?").param(ada).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
    }

    @Test
    void anE_mailAddressCanBeRegisteredOnlyOnce() {
        api.post("/api/v1/signup", null, body(ada, "Europe/Berlin", "DE", "CANDIDATE"));

        Reply again = api.post("/api/v1/signup", null, body(ada.toUpperCase(), "Europe/Paris", "FR", "COACH"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("field").asString()).isEqualTo("email");
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void anUnknownTimeZoneIsRefusedAndNothingIsStored() {
        Reply reply = api.post("/api/v1/signup", null, body(ada, "Mars/Olympus_Mons", "DE", "CANDIDATE"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("timeZone");
        assertThat(accounts()).isZero();
    }

    @Test
    void anUnknownRegionIsRefused() {
        Reply reply = api.post("/api/v1/signup", null, body(ada, "Europe/Berlin", "XX", "CANDIDATE"));

        assertThat(reply.body().get("field").asString()).isEqualTo("region");
    }

    @Test
    void nobodySignsUpAsAnAdmin() {
        Reply reply = api.post("/api/v1/signup", null, body(ada, "Europe/Berlin", "DE", "ADMIN"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("role");
        assertThat(accounts()).isZero();
    }

    @Test
    void aShortPasswordIsRefused() {
        Reply reply = api.post("/api/v1/signup", null, """
                {"email": "%s", "password": "short", "displayName": "Ada", "timeZone": "Europe/Berlin", "region": "DE"}""".formatted(ada));

        assertThat(reply.body().get("field").asString()).isEqualTo("password");
        assertThat(accounts()).isZero();
    }

    @Test
    void aNulInAnyFieldIsRefusedNamingItAndNothingIsStored() {
        long events = storedEvents();
        Map<String, String> fields = Map.of("email", "ada\\u0000@example.com", "password", "a long\\u0000 password",
                "displayName", "Ada\\u0000", "timeZone", "Europe/Berlin\\u0000", "region", "DE\\u0000");
        fields.forEach((field, value) -> {
            Reply reply = api.post("/api/v1/signup", null, with(field, value));

            assertThat(reply.status()).as(field).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().get("field").asString()).isEqualTo(field);
        });
        assertThat(accounts()).isZero();
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aTenThousandCharacterTimeZoneOrRegionIsABadRequest() {
        for (String field : List.of("timeZone", "region", "displayName", "email")) {
            Reply reply = api.post("/api/v1/signup", null, with(field, "x".repeat(10_000)));

            assertThat(reply.status()).as(field).isEqualTo(400);
            assertThat(reply.body().get("field").asString()).isEqualTo(field);
        }
        assertThat(accounts()).isZero();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedRatherThanFailing() {
        Reply reply = api.post("/api/v1/signup", null, with("password", "\u00e4".repeat(37)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("password");
        assertThat(reply.body().get("detail").asString()).contains("74 bytes in UTF-8, at most 72");
        assertThat(accounts()).isZero();
        assertThat(api.post("/api/v1/signup", null, with("password", "a".repeat(72))).status()).isEqualTo(201);
    }

    @Test
    void theAddressIsKeptNormalisedAndSignsInHoweverItIsTyped() {
        Reply reply = api.post("/api/v1/signup", null, with("email", "  " + ada.toUpperCase() + " "));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("email").asString()).isEqualTo(ada);
        Caller typedAnotherWay = new Caller(ada.toUpperCase(), "a long enough password", UUID.fromString(reply.body().get("id").asString()));
        assertThat(api.get("/api/v1/timeline", typedAnotherWay).status()).isEqualTo(200);
    }

    @Test
    void theApiDescribesItselfInOpenApi() {
        Reply docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("info").get("title").asString()).isEqualTo("Followthrough API");
        assertThat(docs.body().get("paths").propertyNames())
                .contains("/api/v1/signup", "/api/v1/opportunities", "/api/v1/opportunities/{id}/interviews",
                        "/api/v1/opportunities/{id}/events", "/api/v1/timeline");
    }

    private long accounts() {
        return jdbc.sql("SELECT count(*) FROM account WHERE lower(email) = lower(?)").param(ada).query(Long.class).single();
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    /** A sign-up for Ada with one field replaced by raw JSON string content. */
    private String with(String field, String value) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("email", ada, "password", "a long enough password",
                "displayName", "Ada", "timeZone", "Europe/Berlin", "region", "DE"));
        values.put(field, value);
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, text) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name).append("\": \"")
                .append(text).append('"'));
        return json.append('}').toString();
    }

    private static String body(String email, String zone, String region, String role) {
        return """
                {"email": "%s", "password": "a long enough password", "displayName": "Ada",
                 "timeZone": "%s", "region": "%s", "role": "%s"}""".formatted(email, zone, region, role);
    }
}
