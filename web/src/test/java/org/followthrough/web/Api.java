package org.followthrough.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A plain HTTP client for the API, as a script or another tool would call it. */
public final class Api {

    /** Who is calling: an e-mail address and password for HTTP Basic. */
    public record Caller(String email, String password, UUID id) {

        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What came back: status, content type and the JSON body (a null node when there was none). */
    public record Reply(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public Caller signUp(String name, String timeZone, String region, String role) {
        String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "a long password for " + name;
        Reply reply = post("/api/v1/signup", null, """
                {"email": "%s", "password": "%s", "displayName": "%s", "timeZone": "%s", "region": "%s", "role": "%s"}
                """.formatted(email, password, name, timeZone, region, role));
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + reply.status() + " " + reply.body());
        }
        return new Caller(email, password, UUID.fromString(reply.body().get("id").asString()));
    }

    public Caller candidate(String name) {
        return signUp(name, "Europe/Berlin", "DE-BY", "CANDIDATE");
    }

    public Reply post(String path, @Nullable Caller caller, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, caller);
    }

    public Reply put(String path, @Nullable Caller caller, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return send(request, caller);
    }

    public Reply delete(String path, @Nullable Caller caller) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), caller);
    }

    public Reply delete(String path, @Nullable Caller caller, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)), caller);
    }

    public Reply get(String path, @Nullable Caller caller) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), caller);
    }

    /** A GET with an {@code Authorization} header as given, e.g. {@code Bearer ft_…}. */
    public Reply getAs(String authorization, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).GET(), null);
    }

    public Reply postAs(String authorization, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    public Reply deleteAs(String authorization, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).DELETE(), null);
    }

    /** Opens an opportunity and returns its id. */
    public String open(Caller caller, String company, String role) {
        Reply reply = post("/api/v1/opportunities", caller, """
                {"company": "%s", "role": "%s"}""".formatted(company, role));
        if (reply.status() != 201) {
            throw new IllegalStateException("open failed: " + reply.status() + " " + reply.body());
        }
        return reply.body().get("id").asString();
    }

    /**
     * Shares with a coach in both steps, as a candidate does: asks (202, the coach's name shown), then confirms that
     * name. Returns the confirmation's reply (200, ACTIVE).
     */
    public Reply shareWithCoach(Caller candidate, String coachEmail, boolean shareTimeline) {
        Reply asked = post("/api/v1/me/coaches", candidate, """
                {"coachEmail": "%s", "shareTimeline": %s}""".formatted(coachEmail, shareTimeline));
        if (asked.status() != 202) {
            throw new IllegalStateException("share failed: " + asked.status() + " " + asked.body());
        }
        Reply confirmed = post("/api/v1/me/coaches/" + asked.body().get("coachEmail").asString() + "/confirmation",
                candidate, json.writeValueAsString(java.util.Map.of("coachName", asked.body().get("coachName").asString())));
        if (confirmed.status() != 200) {
            throw new IllegalStateException("confirmation failed: " + confirmed.status() + " " + confirmed.body());
        }
        return confirmed;
    }

    private Reply send(HttpRequest.Builder request, @Nullable Caller caller) {
        if (caller != null) {
            request.header("Authorization", caller.authorization());
        }
        request.header("Accept", "application/json, application/problem+json");
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? NullNode.getInstance()
                    : json.readTree(response.body());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
