package org.followthrough.web.fuzz;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.followthrough.infra.testing.TestPostgres;
import org.followthrough.web.FollowthroughApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property over generated input, checked for {@value #REQUESTS} requests from a fixed seed (so a failure is
 * reproduced by running the test again): hostile input for every operation the API describes (read from {@code /v3/api-docs} of the running app, so a new
 * endpoint is fuzzed without anyone listing it): control characters, NUL, lone surrogates, right-to-left overrides,
 * very long strings, far-past and far-future times, wrong JSON types, unknown enum values, broken or oversized
 * bodies, malformed percent-encoding, wrong content types. Whatever comes in, the answer is never a 5xx, and a
 * refused request (4xx) stores nothing: the number of recorded events and of accounts stays as it was.
 */
class HostileInputTest {

    static final int REQUESTS = 2500;
    private static final long SEED = 20261130L;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ConfigurableApplicationContext app;
    private static TestPostgres.Database database;
    private static String base;
    private static JdbcClient jdbc;
    private static List<Operation> operations;
    private static Map<String, String> known;
    private static String candidate;
    private static String coach;
    private static String admin;

    /** One operation of the API document: its method, path template, parameters and body schema. */
    record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body) {

        String caller() {
            if (path.startsWith("/api/v1/coach")) {
                return coach;
            }
            return path.startsWith("/api/v1/admin") ? admin : candidate;
        }
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    /** A request to send and what it was made of, for the report when it fails. */
    record Hostile(Operation operation, String path, String query, @Nullable String contentType, @Nullable String body,
                   String what) {

        @Override
        public String toString() {
            String shownBody = body == null ? "" : " body=" + (body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body);
            return operation.method() + " " + path + (query.isEmpty() ? "" : "?" + query) + " [" + what + "]"
                    + (contentType == null ? "" : " content-type=" + contentType) + shownBody;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.createDatabase();
        app = new SpringApplicationBuilder(FollowthroughApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.server().user(),
                "--spring.datasource.password=" + database.server().password(),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--followthrough.admin.email=admin@fuzz.example.com",
                "--followthrough.admin.password=an admin password for fuzzing");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        jdbc = app.getBean(JdbcClient.class);
        candidate = basic("fuzz@example.com", "a long enough password");
        coach = basic("coach@example.com", "a long enough password");
        admin = basic("admin@fuzz.example.com", "an admin password for fuzzing");
        send("POST", "/api/v1/signup", "", "application/json", """
                {"email":"fuzz@example.com","password":"a long enough password","displayName":"Fuzz","timeZone":"Europe/Berlin","region":"DE-BY"}""", null);
        send("POST", "/api/v1/signup", "", "application/json", """
                {"email":"coach@example.com","password":"a long enough password","displayName":"Coach","timeZone":"Europe/Berlin","region":"DE-BY","role":"COACH"}""", null);
        HttpResponse<String> opened = send("POST", "/api/v1/opportunities", "", "application/json", """
                {"company":"Acme","role":"Engineer"}""", candidate);
        String opportunity = JSON.readTree(opened.body()).get("id").asString();
        HttpResponse<String> interview = send("POST", "/api/v1/opportunities/" + opportunity + "/interviews", "",
                "application/json", """
                {"startedAt":"2026-11-20T14:00:00+01:00","endedAt":"2026-11-20T15:00:00+01:00","interviewers":[{"name":"Grace Hopper"}],"decision":{"kind":"DATE","date":"2026-11-27"}}""",
                candidate);
        JsonNode held = JSON.readTree(interview.body());
        known = Map.of("id", opportunity, "opportunityId", opportunity,
                "interviewId", held.has("interviewId") ? held.get("interviewId").asString() : UUID.randomUUID().toString(),
                "coachEmail", "coach@example.com");
        operations = operations(JSON.readTree(send("GET", "/v3/api-docs", "", null, null, null).body()));
        assertThat(operations).as("operations in the API document").hasSizeGreaterThan(20);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void noHostileRequestIsAnsweredWithA5xxAndARefusedOneStoresNothing() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Hostile request = hostileFor(operations.get(random.nextInt(operations.size()))).apply(random);
            String failure = check(request);
            if (failure != null) {
                failures.add(failure);
            }
        }
        System.out.printf("Hostile input: %d requests over %d operations (seed %d)%n", REQUESTS, operations.size(), SEED);
        assertThat(failures).as("requests answered with a 5xx, or refused after storing something").isEmpty();
    }

    /** Sends the request; says what went wrong, or null when the answer keeps the promise. */
    private static @Nullable String check(Hostile request) throws Exception {
        long events = events();
        long accounts = accounts();
        HttpResponse<String> response = send(request.operation().method(), request.path(), request.query(),
                request.contentType(), request.body(), request.operation().caller());
        int status = response.statusCode();
        if (status >= 500) {
            return status + " for " + request + ": " + abbreviate(response.body());
        }
        if (status >= 400) {
            if (events() != events || accounts() != accounts) {
                return status + " for " + request + " but something was stored";
            }
            if (request.path().startsWith("/api/") && status != 401 && status != 404 && status != 405 && status != 406
                    && !response.body().isEmpty()
                    && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                return status + " for " + request + " is not a problem document: "
                        + response.headers().firstValue("Content-Type").orElse("(none)");
            }
        }
        return null;
    }

    /** A generator: a value drawn from the random source. */
    @FunctionalInterface
    interface Gen<T> extends Function<Random, T> {

        @SafeVarargs
        static <T> Gen<T> of(T... values) {
            return random -> values[random.nextInt(values.length)];
        }

        static <T> Gen<T> just(T value) {
            return random -> value;
        }

        @SafeVarargs
        static <T> Gen<T> oneOf(Gen<? extends T>... choices) {
            return random -> choices[random.nextInt(choices.length)].apply(random);
        }

        static <T> Gen<T> oneOf(List<Gen<T>> choices) {
            return random -> choices.get(random.nextInt(choices.size())).apply(random);
        }

        static Gen<Integer> between(int from, int to) {
            return random -> from + random.nextInt(to - from + 1);
        }

        /** Strings of {@code min} to {@code max} UTF-16 units from the range, lone surrogates included. */
        static Gen<String> chars(char from, char to, int min, int max) {
            return random -> {
                int length = min + random.nextInt(max - min + 1);
                StringBuilder text = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    text.append((char) (from + random.nextInt(to - from + 1)));
                }
                return text.toString();
            };
        }

        default <R> Gen<R> map(Function<? super T, ? extends R> mapping) {
            return random -> mapping.apply(apply(random));
        }
    }

    private static Gen<Hostile> hostileFor(Operation operation) {
        List<Gen<Hostile>> choices = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            choices.add(hostileValues().map(value -> parameter.in().equals("path")
                    ? new Hostile(operation, path(operation, parameter.name(), encode(value)), validQuery(operation),
                    contentType(operation), validBody(operation), "path " + parameter.name() + "=" + describe(value))
                    : new Hostile(operation, path(operation, null, null),
                    withQuery(operation, parameter.name(), encode(value)), contentType(operation), validBody(operation),
                    "query " + parameter.name() + "=" + describe(value))));
            choices.add(Gen.of("%FF", "%C0%80", "%ED%A0%80", "%00", "a%2F..%2F..", "%E2%80%AE").map(raw ->
                    parameter.in().equals("path")
                            ? new Hostile(operation, path(operation, parameter.name(), raw), validQuery(operation),
                            contentType(operation), validBody(operation), "raw path " + parameter.name() + "=" + raw)
                            : new Hostile(operation, path(operation, null, null), withQuery(operation, parameter.name(), raw),
                            contentType(operation), validBody(operation), "raw query " + parameter.name() + "=" + raw)));
        }
        choices.add(Gen.of("%FF", "asOf=%C0%80", "limit=%FF%FE").map(raw -> new Hostile(operation,
                path(operation, null, null), raw, contentType(operation), validBody(operation), "stray query " + raw)));
        if (operation.body() != null) {
            List<String> fields = fields(operation.body());
            for (String field : fields) {
                choices.add(hostileJson().map(value -> {
                    ObjectNode body = (ObjectNode) JSON.readTree(validBody(operation));
                    body.set(field, value);
                    return new Hostile(operation, path(operation, null, null), validQuery(operation), "application/json",
                            body.toString(), "body " + field + "=" + describe(value.toString()));
                }));
            }
            choices.add(Gen.of("{", "", "null", "[]", "\"text\"", "{\"a\":", "{}", "[".repeat(5000),
                            "{\"x\":1}".repeat(3), "\u0000", "{\"company\":\"\\ud800\"}")
                    .map(raw -> new Hostile(operation, path(operation, null, null), validQuery(operation),
                            "application/json", raw, "raw body")));
            choices.add(Gen.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "bogus")
                    .map(type -> new Hostile(operation, path(operation, null, null), validQuery(operation), type,
                            validBody(operation), "content type " + type)));
            choices.add(Gen.just(new Hostile(operation, path(operation, null, null), validQuery(operation),
                    "application/json", "{\"company\":\"" + "A".repeat(3 * 1024 * 1024) + "\"}", "3 MB body")));
        }
        return Gen.oneOf(choices);
    }

    /** Strings no one should be able to store, or that a careless parser chokes on. */
    private static Gen<String> hostileValues() {
        return Gen.oneOf(
                Gen.of("\u0000", "a\u0000b", "\u0007", "\u001b[31m", "\ud800", "\udfff", "x\ud800y", "\u202eevil",
                        "\u2066isolate", "\ufeff", "\uffff", "", " ", "\t", "\n", "null", "undefined", "-1", "0",
                        "99999999999999999999", "1e309", "NaN", "NOT_A_KIND", "../../etc/passwd", "<script>alert(1)</script>",
                        "' OR 1=1 --", "0000-01-01", "+999999999-12-31", "-999999999-01-01T00:00:00Z",
                        "9999-12-31T23:59:59+18:00", "2026-13-45", "2026-02-30", "2026-11-30T25:00:00Z", "2026-11",
                        "P1000000D", "\u00e9\u0301", "\ud83d\ude00", "%", "%FF", "a@b", "x".repeat(300)),
                Gen.chars('\u0000', '\u001f', 1, 5),
                Gen.chars('\u0000', '\uffff', 1, 30),
                Gen.between(201, 20_000).map("y"::repeat));
    }

    /** JSON values of every type, and hostile strings. */
    private static Gen<JsonNode> hostileJson() {
        return Gen.oneOf(
                hostileValues().map(value -> JSON.getNodeFactory().stringNode(value)),
                Gen.of("1", "-1", "1.5", "1e400", "true", "null", "[]", "{}", "[1,2]", "{\"a\":{\"b\":[null]}}",
                        "99999999999999999999999").map(JSON::readTree),
                Gen.chars('a', 'z', 10_001, 10_001).map(value -> JSON.getNodeFactory().stringNode(value)));
    }

    private static String describe(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
        StringBuilder escaped = new StringBuilder();
        shown.chars().forEach(c -> escaped.append(c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c == 0x202e
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static @Nullable String contentType(Operation operation) {
        return operation.body() == null ? null : "application/json";
    }

    private static String path(Operation operation, @Nullable String hostileName, @Nullable String hostileValue) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value = parameter.name().equals(hostileName) ? hostileValue
                        : known.getOrDefault(parameter.name(), known.get("id"));
                path = path.replace("{" + parameter.name() + "}", value);
            }
        }
        return path;
    }

    /** The query with each required parameter at a valid value. */
    private static String validQuery(Operation operation) {
        List<String> parts = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && parameter.schema().path("required").asBoolean(false)) {
                parts.add(parameter.name() + "=" + encode(sample(parameter.schema(), parameter.name()).asString()));
            }
        }
        return String.join("&", parts);
    }

    private static String withQuery(Operation operation, String name, String value) {
        String valid = validQuery(operation);
        return (valid.isEmpty() ? "" : valid + "&") + name + "=" + value;
    }

    /** A body every field of which is plausible, built from the operation's schema. */
    private static String validBody(Operation operation) {
        return operation.body() == null ? "" : sample(operation.body(), "body").toString();
    }

    private static List<String> fields(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode sample(JsonNode schema, String name) {
        var nodes = JSON.getNodeFactory();
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" -> nodes.stringNode(switch (format) {
                case "date-time" -> "2026-11-20T14:00:00+01:00";
                case "date" -> "2026-11-27";
                case "uuid" -> known.getOrDefault(name, known.get("id"));
                case "email" -> "someone@example.com";
                default -> name.toLowerCase().contains("email") ? "someone@example.com" : known.getOrDefault(name, "Acme");
            });
            case "integer", "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(false);
            case "array" -> nodes.arrayNode().add(sample(schema.path("items"), name));
            default -> {
                ObjectNode object = nodes.objectNode();
                schema.path("properties").properties().forEach(property ->
                        object.set(property.getKey(), sample(property.getValue(), property.getKey())));
                yield object;
            }
        };
    }

    /** Every operation of the document, with its parameters and its JSON body schema, references resolved. */
    private static List<Operation> operations(JsonNode document) {
        List<Operation> found = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String method = entry.getKey().toUpperCase();
            if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> {
                ObjectNode schema = (ObjectNode) resolve(document, parameter.path("schema")).deepCopy();
                schema.put("required", parameter.path("required").asBoolean(false));
                parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(), schema));
            });
            JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
            found.add(new Operation(method, path.getKey(), parameters, body.isMissingNode() ? null : resolve(document, body)));
        }));
        return found;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asString().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            return resolve(document, target);
        }
        if (schema.isObject()) {
            ObjectNode copy = ((ObjectNode) schema).deepCopy();
            if (schema.has("properties")) {
                ObjectNode properties = JSON.getNodeFactory().objectNode();
                schema.get("properties").properties().forEach(property ->
                        properties.set(property.getKey(), resolve(document, property.getValue())));
                copy.set("properties", properties);
            }
            if (schema.has("items")) {
                copy.set("items", resolve(document, schema.get("items")));
            }
            return copy;
        }
        return schema;
    }

    private static long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype NOT LIKE '%DeadlinePassed'")
                .query(Long.class).single();
    }

    private static long accounts() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String method, String path, String query, @Nullable String contentType,
                                     @Nullable String body, @Nullable String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
