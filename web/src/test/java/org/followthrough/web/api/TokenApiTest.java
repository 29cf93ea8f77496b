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

import java.util.HexFormat;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class TokenApiTest {

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

    private String issue(Caller caller, String body) {
        Reply reply = api.post("/api/v1/me/tokens", caller, body);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().get("token").asString();
    }

    @Test
    void aTokenReadsAndWritesTheOwnersDataWithoutThePassword() {
        String token = issue(ada, """
                {"name": "my script"}""");

        Reply opened = api.postAs("Bearer " + token, "/api/v1/opportunities", """
                {"company": "Acme", "role": "Engineer"}""");
        assertThat(opened.status()).isEqualTo(201);
        Reply timeline = api.getAs("Bearer " + token, "/api/v1/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body().toString()).contains("Acme");
    }

    @Test
    void onlyAHashOfTheTokenIsStoredAndTheListNeverShowsIt() throws Exception {
        String token = issue(ada, """
                {"name": "backup job", "expiresAt": "2999-01-01T00:00:00Z"}""");

        byte[] stored = jdbc.sql("SELECT token_hash FROM access_token WHERE account_id = ?").param(ada.id())
                .query(byte[].class).single();
        assertThat(HexFormat.of().formatHex(stored)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
        Reply list = api.get("/api/v1/me/tokens", ada);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get(0).get("name").asString()).isEqualTo("backup job");
        assertThat(list.body().get(0).get("active").asBoolean()).isTrue();
        assertThat(list.body().toString()).doesNotContain(token.substring(3));
    }

    @Test
    void aRevokedTokenAnswers401() {
        String token = issue(ada, """
                {"name": "old"}""");
        String id = api.get("/api/v1/me/tokens", ada).body().get(0).get("id").asString();

        assertThat(api.delete("/api/v1/me/tokens/" + id, ada).status()).isEqualTo(204);

        Reply refused = api.getAs("Bearer " + token, "/api/v1/timeline");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.raw().headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    @Test
    void anExpiredTokenAnswers401() {
        String token = issue(ada, """
                {"name": "short lived", "expiresAt": "2999-01-01T00:00:00Z"}""");
        assertThat(api.getAs("Bearer " + token, "/api/v1/timeline").status()).isEqualTo(200);

        jdbc.sql("UPDATE access_token SET expires_at = now() - interval '1 second' WHERE account_id = ?")
                .param(ada.id()).update();

        assertThat(api.getAs("Bearer " + token, "/api/v1/timeline").status()).isEqualTo(401);
    }

    @Test
    void anExpiryInThePastIsRefusedNamingTheField() {
        Reply reply = api.post("/api/v1/me/tokens", ada, """
                {"name": "x", "expiresAt": "2001-01-01T00:00:00Z"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("expiresAt");
        assertThat(jdbc.sql("SELECT count(*) FROM access_token WHERE account_id = ?").param(ada.id()).query(Long.class).single()).isZero();
    }

    @Test
    void oneCandidatesTokenCannotReadOrRevokeAnothersData() {
        Caller grace = api.candidate("Grace");
        String gracesOpportunity = api.open(grace, "Grace Corp", "Admiral");
        issue(grace, """
                {"name": "grace's"}""");
        String gracesTokenId = api.get("/api/v1/me/tokens", grace).body().get(0).get("id").asString();
        String adasToken = issue(ada, """
                {"name": "ada's"}""");

        assertThat(api.getAs("Bearer " + adasToken, "/api/v1/opportunities/" + gracesOpportunity).status()).isEqualTo(404);
        assertThat(api.getAs("Bearer " + adasToken, "/api/v1/opportunities/" + gracesOpportunity + "/events").status())
                .isEqualTo(404);
        assertThat(api.getAs("Bearer " + adasToken, "/api/v1/timeline").body().toString()).doesNotContain("Grace Corp");
        assertThat(api.deleteAs("Bearer " + adasToken, "/api/v1/me/tokens/" + gracesTokenId).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me/tokens", grace).body().get(0).get("active").asBoolean()).isTrue();
    }

    @Test
    void aTokenCannotMintAnotherToken() {
        String token = issue(ada, """
                {"name": "script"}""");

        Reply reply = api.postAs("Bearer " + token, "/api/v1/me/tokens", """
                {"name": "sneaky"}""");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM access_token WHERE account_id = ?").param(ada.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMadeUpTokenAnswers401AndDoesNotFallBackToAnything() {
        assertThat(api.getAs("Bearer ft_" + "A".repeat(43), "/api/v1/timeline").status()).isEqualTo(401);
        assertThat(api.getAs("Bearer " + "x".repeat(5000), "/api/v1/timeline").status()).isEqualTo(401);
        assertThat(api.getAs("Bearer ", "/api/v1/timeline").status()).isEqualTo(401);
    }
}
