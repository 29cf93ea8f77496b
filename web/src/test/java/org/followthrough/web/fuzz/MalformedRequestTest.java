package org.followthrough.web.fuzz;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
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
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The holes issue 8 named, one by one: each answered 500 (or took any size of body) before. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.security.bcrypt-strength=4", "followthrough.limits.import-body=3MB"})
@FreshDatabase
class MalformedRequestTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    Caller ada;
    long baseline;

    @BeforeEach
    void setUp() {
        ada = new Api(port).candidate("Ada");
        baseline = events();
    }

    @Test
    void invalidPercentEncodingInAQueryParameterIs400NamingTheParameter() throws Exception {
        HttpResponse<String> reply = send(get("/api/v1/timeline?after=%FF", ada, "application/json"));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertProblem(reply);
        assertThat(reply.body()).contains("\"field\":\"after\"");
    }

    @Test
    void invalidUtf8OnAnyQueryParameterIs400() throws Exception {
        for (String query : new String[]{"asOf=%C0%AF", "knownAt=%ED%A0%80", "%FF=1", "asOf=%E2%82"}) {
            HttpResponse<String> reply = send(get("/api/v1/due-actions?" + query, ada, "application/json"));
            assertThat(reply.statusCode()).as(query).isEqualTo(400);
            assertProblem(reply);
        }
    }

    @Test
    void aFarPastOrFarFutureMomentIs400NotAnOverflow() throws Exception {
        for (String query : new String[]{"asOf=-999999999-01-01T00%3A00%3A00Z", "knownAt=%2B999999999-12-31", "asOf=0001-01-01"}) {
            HttpResponse<String> reply = send(get("/api/v1/due-actions?" + query, ada, "application/json"));
            assertThat(reply.statusCode()).as(query).isEqualTo(400);
            assertProblem(reply);
        }
    }

    @Test
    void anInvalidTimelineCursorIs400() throws Exception {
        HttpResponse<String> reply = send(get("/api/v1/timeline?after=not-a-cursor", ada, "application/json"));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertProblem(reply);
    }

    @Test
    void badParametersOnACoachDownloadAreNever500() throws Exception {
        HttpResponse<String> reply = send(get("/coach/response-rates.csv?from=%FF", null, "text/html"));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    @Test
    void errorAskedForDirectlyIsNotFound() throws Exception {
        assertThat(send(get("/error", null, "application/json")).statusCode()).isEqualTo(404);
        HttpResponse<String> page = send(get("/error", null, "text/html"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    @Test
    void anAnonymousHugeSignUpIsRefusedBeforeItIsRead() throws Exception {
        byte[] body = ("{\"email\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/signup"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        HttpResponse<String> reply = send(request);

        assertThat(reply.statusCode()).isEqualTo(413);
        assertProblem(reply);
        assertThat(events()).isEqualTo(baseline);
    }

    @Test
    void aChunkedBodyIsCountedAsItIsRead() throws Exception {
        byte[] body = ("{\"company\": \"" + "x".repeat(2 * 1024 * 1024) + "\", \"role\": \"r\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/opportunities"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", basic(ada))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> reply = send(request);

        assertThat(reply.statusCode()).isEqualTo(413);
        assertProblem(reply);
        assertThat(events()).isEqualTo(baseline);
    }

    @Test
    void theImportTakesALargerBodyThanACommand() throws Exception {
        String body = "{\"opportunities\": [], \"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/me/import"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", basic(ada))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> reply = send(request);

        assertThat(reply.statusCode()).isNotEqualTo(413).isLessThan(500);
    }

    @Test
    void anImportedEventWithAnEmptyPayloadIs400() throws Exception {
        String body = """
                {"format": 1, "opportunities": [{"id": "6f1c0c2e-8f7a-4a43-9d55-3c0f7f0a1b2c", "events": [{"type": "OpportunityOpened", "payload": {}}]}]}""";
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/me/import"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", basic(ada))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> reply = send(request);

        assertThat(reply.statusCode()).isEqualTo(400);
        assertProblem(reply);
        assertThat(events()).isEqualTo(baseline);
    }

    @Test
    void unknownPathsWrongMethodsAndWrongTypesAreProblemsOnTheApi() throws Exception {
        HttpResponse<String> unknown = send(get("/api/v1/no-such-thing", ada, "application/json"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown);

        HttpResponse<String> method = send(HttpRequest.newBuilder(uri("/api/v1/timeline")).header("Authorization", basic(ada))
                .header("Accept", "application/json").DELETE().build());
        assertThat(method.statusCode()).isEqualTo(405);
        assertProblem(method);

        HttpResponse<String> type = send(HttpRequest.newBuilder(uri("/api/v1/opportunities")).header("Authorization", basic(ada))
                .header("Accept", "application/json").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("company=Acme")).build());
        assertThat(type.statusCode()).isEqualTo(415);
        assertProblem(type);

        HttpResponse<String> format = send(HttpRequest.newBuilder(uri("/api/v1/regions")).header("Accept", "text/csv")
                .GET().build());
        assertThat(format.statusCode()).isEqualTo(406);
        assertProblem(format);
    }

    @Test
    void whatTomcatRefusesItselfIsAProblemOnTheApiToo() throws Exception {
        HttpResponse<String> reply = send(get("/api/v1/timeline?q=" + "x".repeat(20_000), ada, "application/json"));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertProblem(reply);
    }

    @Test
    void aBrowserRefusedByCsrfGetsAPageNotJson() throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(uri("/settings")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("timeZone=Europe/Berlin")).build());

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    private void assertProblem(HttpResponse<String> reply) {
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private HttpRequest get(String path, Caller caller, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET();
        if (caller != null) {
            request.header("Authorization", basic(caller));
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(Caller caller) {
        return "Basic " + Base64.getEncoder().encodeToString((caller.email() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
