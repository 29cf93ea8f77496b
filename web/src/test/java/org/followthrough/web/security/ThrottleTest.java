package org.followthrough.web.security;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse limits with their real settings (5 failed sign-ins in 15 minutes, per account and per address; 10
 * sign-ups an hour per address), on a clock the test moves: every test starts a day later than the last, so the
 * windows of one never reach into another. Everything comes from 127.0.0.1, one client address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.security.login-failures=5", "followthrough.security.signups=10"})
@FreshDatabase
class ThrottleTest {

    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-11-01T08:00:00Z"));

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        Throttle.ThrottleClock testThrottleClock() {
            return NOW::get;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Throttle throttle;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        NOW.updateAndGet(now -> now.plus(Duration.ofDays(1)));
        api = new Api(port);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsForTheWindowOnTheApi() {
        Caller ada = api.candidate("Ada");
        Caller wrong = new Caller(ada.email(), "not the password", ada.id());
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/timeline", wrong).status()).isEqualTo(401);
        }

        Reply refused = api.get("/api/v1/timeline", ada);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).contains("Too many failed sign-ins");
        long retryAfter = Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);

        NOW.updateAndGet(now -> now.plus(Duration.ofMinutes(14)));
        assertThat(api.get("/api/v1/timeline", ada).status()).as("still inside the window").isEqualTo(429);
        NOW.updateAndGet(now -> now.plus(Duration.ofMinutes(1)).plusSeconds(1));
        assertThat(api.get("/api/v1/timeline", ada).status()).as("the window has passed").isEqualTo(200);
    }

    @Test
    void failuresAgainstManyAccountsFromOneAddressBlockThatAddress() {
        Caller ben = api.candidate("Ben");
        for (int i = 0; i < 5; i++) {
            Caller guess = new Caller("someone" + i + "@example.com", "guess", ben.id());
            assertThat(api.get("/api/v1/timeline", guess).status()).isEqualTo(401);
        }

        assertThat(api.get("/api/v1/timeline", ben).status()).isEqualTo(429);
        NOW.updateAndGet(now -> now.plus(Duration.ofMinutes(16)));
        assertThat(api.get("/api/v1/timeline", ben).status()).isEqualTo(200);
    }

    /**
     * Bucket4j stamps each row with the wall-clock time at which its bucket is full again plus a minute
     * ({@code expires_at}, milliseconds), and forgets by the wall clock too: the test ages a row by that stamp.
     */
    @Test
    void aBucketIsForgottenOnceFullAgainAndNotBefore() {
        Caller dee = api.candidate("Dee");
        Caller wrong = new Caller(dee.email(), "not the password", dee.id());
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/timeline", wrong).status()).isEqualTo(401);
        }
        String account = jdbc.sql("SELECT id FROM throttle_bucket WHERE id LIKE 'login-account:%' ORDER BY expires_at DESC LIMIT 1")
                .query(String.class).single();

        throttle.forgetFullBuckets();
        assertThat(bucketExists(account)).as("inside its window").isTrue();
        assertThat(api.get("/api/v1/timeline", dee).status()).isEqualTo(429);

        jdbc.sql("UPDATE throttle_bucket SET expires_at = ? WHERE id = ?")
                .params(System.currentTimeMillis() - 1, account).update();
        assertThat(throttle.forgetFullBuckets()).isPositive();
        assertThat(bucketExists(account)).as("full again: forgotten").isFalse();
        assertThat(bucketExists("login-address:127.0.0.1")).as("the address's window still runs").isTrue();
    }

    private boolean bucketExists(String id) {
        return jdbc.sql("SELECT count(*) FROM throttle_bucket WHERE id = ?").param(id).query(Long.class).single() == 1;
    }

    @Test
    void fourFailuresThenTheRightPasswordStillWorks() {
        Caller cy = api.candidate("Cy");
        for (int i = 0; i < 4; i++) {
            assertThat(api.get("/api/v1/timeline", new Caller(cy.email(), "nope", cy.id())).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/v1/timeline", cy).status()).isEqualTo(200);
    }

    @Test
    void theLoginFormSaysSoAndAnswers429() throws Exception {
        Caller dee = api.candidate("Dee");
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.login(dee.email(), "wrong password");
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        }

        HttpResponse<String> refused = browser.login(dee.email(), dee.password());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many failed sign-ins; try again in 15 minutes.");

        NOW.updateAndGet(now -> now.plus(Duration.ofMinutes(16)));
        HttpResponse<String> signedIn = browser.login(dee.email(), dee.password());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void signUpsAreLimitedPerAddress() {
        for (int i = 0; i < 10; i++) {
            api.candidate("Many" + i);
        }
        Reply refused = api.post("/api/v1/signup", null, """
                {"email": "one-more@example.com", "password": "a long password here", "displayName": "One more",
                 "timeZone": "Europe/Berlin", "region": "DE-BY", "role": "CANDIDATE"}""");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyAnswerSaysSameOriginReferrerAndTheSessionCookieIsLax() throws Exception {
        Caller eve = api.candidate("Eve");
        assertThat(api.get("/api/v1/timeline", eve).raw().headers().firstValue("Referrer-Policy"))
                .contains("same-origin");
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("SameSite=Lax"));
    }

    /** A client with cookies that fetches the sign-in form for its CSRF token and posts it. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
            Matcher token = Pattern.compile("name=\"(_csrf)\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(2);
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
