package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    private static String body(String email, String zone, String region, String role) {
        return """
                {"email": "%s", "password": "a long enough password", "displayName": "Ada",
                 "timeZone": "%s", "region": "%s", "role": "%s"}""".formatted(email, zone, region, role);
    }
}
