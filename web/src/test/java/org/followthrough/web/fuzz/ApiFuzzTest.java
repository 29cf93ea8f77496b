package org.followthrough.web.fuzz;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever arrives at any API operation, the answer is never a 5xx, and a 4xx stores nothing.
 *
 * <p>The operations come from the running app's own {@code /v3/api-docs}, so a new endpoint is fuzzed as soon as it
 * exists. For each operation a valid-looking request is built from its schema, then one or more parts of it — a body
 * field, a query or path parameter, the whole body, a header — are replaced by a hostile value generated here:
 * control characters and NUL, lone surrogates, RTL overrides, very long strings, far-past and far-future times, wrong
 * JSON types, unknown enum values, missing and extra fields, broken JSON, invalid percent-encoding. The generator
 * is a seeded {@link Random} (jqwik's arbitraries only run on jqwik's own threads, outside this Spring test); the seed is fixed
 * (override with {@code -Dfuzz.seed=…}, more requests with {@code -Dfuzz.requests=…}), so a failure can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.admin.email=admin@fuzz.test", "followthrough.admin.password=an admin password for fuzzing",
        "followthrough.security.bcrypt-strength=4"})
@FreshDatabase
class ApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2400);
    /** Operations whose valid call restarts every projection: fuzzing them would only measure rebuilds. */
    private static final Set<String> NOT_FUZZED = Set.of("POST /api/v1/admin/rebuilds");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Random random = new Random(SEED);
    private JsonNode docs;
    private Caller candidate;
    private Caller coach;
    private Caller admin;
    private String opportunity;
    private JsonNode exported;

    @BeforeEach
    void setUp() throws Exception {
        Api api = new Api(port);
        candidate = api.candidate("Ada");
        coach = api.signUp("Grace", "Europe/London", "GB", "COACH");
        admin = new Caller("admin@fuzz.test", "an admin password for fuzzing", UUID.randomUUID());
        opportunity = api.open(candidate, "Acme", "Backend Engineer");
        api.shareWithCoach(candidate, coach.email(), false);
        exported = json.readTree(send("GET", "/api/v1/me/export", candidate, null, null, "application/json").body());
        docs = json.readTree(send("GET", "/v3/api-docs", null, null, null, "application/json").body());
    }

    @Test
    void noRequestToAnyOperationAnswers5xxAndNoRefusedRequestStoresAnything() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(20);
        int perOperation = Math.max(20, REQUESTS / operations.size() + 1);

        Map<String, String> failures = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        int sent = 0;
        for (Operation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                Request request = hostile(operation);
                long before = events();
                HttpResponse<String> response = send(request.method, request.uri, request.caller, request.contentType,
                        request.body, request.accept);
                sent++;
                int status = response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                String kind = status + " " + operation.method + " " + operation.path;
                if (status >= 500) {
                    failures.putIfAbsent(kind, request + " -> " + abbreviate(response.body()));
                } else if (status >= 400) {
                    long after = events();
                    if (after != before) {
                        failures.putIfAbsent(kind + " stored", (after - before) + " events stored: " + request);
                    }
                    if (status != 406 && !request.method.equals("HEAD")) {
                        String type = response.headers().firstValue("Content-Type").orElse("");
                        if (!type.startsWith("application/problem+json")) {
                            failures.putIfAbsent(kind + " " + type, "not problem+json: " + request);
                        }
                    }
                }
            }
        }
        System.out.printf("ApiFuzzTest: %d requests to %d operations (seed %d); statuses %s%n",
                sent, operations.size(), SEED, statuses);
        assertThat(sent).isGreaterThanOrEqualTo(2000);
        failures.forEach((kind, example) -> System.out.println("ApiFuzzTest failure: " + kind + " e.g. " + example));
        assertThat(failures).as("requests answered 5xx, or refused after storing something").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The operations, read from the app's OpenAPI document

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body,
                     @Nullable String contentType) {
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase();
                if (NOT_FUZZED.contains(method + " " + path.getKey())) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(p.get("name").asString(), p.get("in").asString(),
                            resolve(p.path("schema")), p.path("required").asBoolean(false)));
                }
                JsonNode body = null;
                String contentType = null;
                JsonNode content = op.path("requestBody").path("content");
                if (content.isObject() && !content.isEmpty()) {
                    Map.Entry<String, JsonNode> first = content.properties().iterator().next();
                    contentType = first.getKey();
                    body = resolve(first.getValue().path("schema"));
                }
                operations.add(new Operation(method, path.getKey(), parameters, body, contentType));
            }
        }
        return operations;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
            return resolve(docs.path("components").path("schemas").path(name));
        }
        return schema;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests: valid-looking from the schema, then made hostile in one or more places

    record Request(String method, String uri, @Nullable Caller caller, @Nullable String contentType,
                   @Nullable String body, @Nullable String accept) {
        @Override
        public String toString() {
            return method + " " + abbreviate(uri) + " as " + (caller == null ? "nobody" : caller.email()) + " type " + contentType
                    + " accept " + accept + " body " + abbreviate(body);
        }
    }

    private Request hostile(Operation operation) {
        // How many parts to spoil: usually one, so the others are valid and the request reaches deep code.
        int spoiled = random.nextInt(10) < 7 ? 1 : 1 + random.nextInt(3);
        Set<String> targets = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>();
        for (Parameter parameter : operation.parameters) {
            candidates.add("param:" + parameter.name);
        }
        if (operation.body != null) {
            candidates.add("body");
            candidates.add("body");
            candidates.add("body");
        }
        candidates.add("header");
        for (int i = 0; i < spoiled; i++) {
            targets.add(candidates.get(random.nextInt(candidates.size())));
        }

        String path = operation.path;
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters) {
            boolean spoil = targets.contains("param:" + parameter.name);
            if (parameter.in.equals("path")) {
                String value = spoil ? hostileParameter(parameter.schema) : validPath(parameter);
                path = path.replace("{" + parameter.name + "}", value);
            } else if (parameter.in.equals("query")) {
                if (!spoil && !parameter.required && random.nextBoolean()) {
                    continue;
                }
                String value = spoil ? hostileParameter(parameter.schema) : encode(validText(parameter.schema));
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name).append('=').append(value);
            }
        }
        if (random.nextInt(20) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append(encode(hostileString())).append('=')
                    .append(hostileParameter(NODES.objectNode()));
        }

        String body = null;
        if (operation.body != null) {
            JsonNode valid = operation.path.endsWith("/me/import") ? exported.deepCopy() : validValue(operation.body, 0);
            body = targets.contains("body") ? hostileBody(valid, operation.body) : json.writeValueAsString(valid);
        }
        String contentType = operation.contentType;
        String accept = "application/json";
        Caller caller = callerFor(operation.path);
        if (targets.contains("header")) {
            switch (random.nextInt(6)) {
                case 0 -> contentType = pick("text/plain", "application/xml", "multipart/form-data; boundary=x",
                        "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "\u00ff/\u00ff",
                        "application/x-www-form-urlencoded");
                case 1 -> accept = pick("text/csv", "application/xml", "image/png", "text/html", "*/*", "no/such",
                        "application/json;q=nonsense");
                case 2 -> caller = pick(candidate, coach, admin, null,
                        new Caller(candidate.email(), "wrong password", candidate.id()),
                        new Caller("\u0000@\u202e", "\ud800", candidate.id()));
                case 3 -> contentType = null;
                case 4 -> accept = null;
                default -> body = body == null ? "{}" : body + "}";
            }
        }
        return new Request(operation.method, path + query, caller, contentType, body, accept);
    }

    private Caller callerFor(String path) {
        if (path.startsWith("/api/v1/coach")) {
            return coach;
        }
        if (path.startsWith("/api/v1/admin")) {
            return admin;
        }
        return path.equals("/api/v1/signup") ? null : candidate;
    }

    private String validPath(Parameter parameter) {
        if (parameter.name.toLowerCase().contains("email")) {
            return encode(coach.email());
        }
        if ("uuid".equals(parameter.schema.path("format").asString(""))) {
            return random.nextInt(5) == 0 ? UUID.randomUUID().toString() : opportunity;
        }
        return encode(validText(parameter.schema));
    }

    private String validText(JsonNode schema) {
        JsonNode value = validValue(schema, 0);
        return value.isString() ? value.asString() : value.toString();
    }

    private JsonNode validValue(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return validValue(options.get(random.nextInt(options.size())), depth + 1);
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "integer" -> NODES.numberNode(random.nextInt(30) + 1);
            case "number" -> NODES.numberNode(random.nextDouble() * 10);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    for (int i = random.nextInt(3); i > 0; i--) {
                        array.add(validValue(schema.path("items"), depth + 1));
                    }
                }
                yield array;
            }
            case "string" -> NODES.stringNode(switch (format) {
                case "date-time" -> pick("2026-03-12T16:00:00+01:00", "2026-03-10T09:30:00Z");
                case "date" -> pick("2026-03-12", "2026-04-01");
                case "uuid" -> opportunity;
                case "email" -> coach.email();
                default -> pick("Acme", "Backend Engineer", "Europe/Berlin", "a note", "2026-03-12");
            });
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), validValue(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private String hostileBody(JsonNode valid, JsonNode schema) {
        switch (random.nextInt(12)) {
            case 0:
                return pick("", "{", "[", "{\"a\":", "nul", "\u0000", "{\"company\": \"\\ud800\"}", "{}{}", "[]", "null",
                        "\"just a string\"", "12", "{\"company\": \"a\" \"role\": 1}", "\ufeff{}", "{\"a\": 1e999999}",
                        "{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
            case 1:
                return "{" + "\"k\": 1,".repeat(random.nextInt(2000)) + "\"k\": 2}";
            default:
                JsonNode spoiled = spoilLeaf(valid, schema, 0);
                return json.writeValueAsString(spoiled);
        }
    }

    /** Replaces (or removes, or adds) one field somewhere in the document. */
    private JsonNode spoilLeaf(JsonNode node, JsonNode schema, int depth) {
        schema = resolve(schema);
        if (node instanceof ObjectNode object && !object.isEmpty() && depth < 6) {
            if (random.nextInt(8) == 0) {
                object.set(random.nextBoolean() ? "unexpected" : hostileString(), hostileJson(NODES.objectNode()));
                return object;
            }
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            JsonNode fieldSchema = schema.path("properties").path(name);
            int action = random.nextInt(10);
            if (action == 0) {
                object.remove(name);
            } else if (action < 4 && (object.get(name).isObject() || object.get(name).isArray())) {
                object.set(name, spoilLeaf(object.get(name), fieldSchema, depth + 1));
            } else {
                object.set(name, hostileJson(fieldSchema));
            }
            return object;
        }
        if (node instanceof ArrayNode array && !array.isEmpty() && depth < 6) {
            int index = random.nextInt(array.size());
            array.set(index, spoilLeaf(array.get(index), schema.path("items"), depth + 1));
            return array;
        }
        return hostileJson(schema);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hostile values

    private static final String[] TIMES = {"0001-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z", "9999-12-31T23:59:59+18:00", "1970-01-01T00:00:00-18:00",
            "2026-02-30T10:00:00Z", "2026-13-01", "2026-03-12T25:00:00Z", "2026-03-12T23:59:60Z",
            "2026-03-12T10:00:00+25:00", "0000-00-00", "-0001-01-01", "+10000-01-01", "99999999999999999999",
            "2026-03-12T10:00", "2026-03-12 10:00:00", "P1D", "now", "1e309", "NaN", "-1", "0", "2147483648",
            "-2147483649", "1900-01-01", "2200-12-31T23:59:59Z"};
    private static final String[] WORDS = {"NO_SUCH_VALUE", "candidate", "ADMIN", "COACH ", "'; DROP TABLE account; --",
            "<script>alert(1)</script>", "../../etc/passwd", "%00", "${jndi:ldap://x}", "Mars/Olympus_Mons", "a@",
            "@b", "a@b@c", "x".repeat(300) + "@example.com", "null", "undefined", "{}", "[]", "", " ", "\t", "\n",
            "\u00a0", "\u3000"};
    private static final char[] STRANGE = {'\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\u202d', '\u2066',
            '\u200b', '\ufeff', '\uffff', '\ufffe', 'e', '\u0301', '\u0085', '\u007f', '\u2028'};

    /** One hostile string: control characters, NUL, lone surrogates, bidi overrides, very long, odd times, odd words. */
    private String hostileString() {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(7)) {
            case 0 -> {
                for (int i = 1 + random.nextInt(20); i > 0; i--) {
                    text.append(random.nextInt(4) == 0 ? 'a' : (char) random.nextInt(0x20));
                }
            }
            case 1 -> {
                for (int i = 1 + random.nextInt(12); i > 0; i--) {
                    text.append(STRANGE[random.nextInt(STRANGE.length)]);
                }
            }
            case 2 -> {
                char c = pick('x', '\u00e9', '\u4e2d');
                text.append(String.valueOf(c).repeat(201 + random.nextInt(random.nextInt(10) == 0 ? 20_000 : 2_000)));
            }
            case 3 -> text.append(TIMES[random.nextInt(TIMES.length)]);
            case 4 -> text.append(WORDS[random.nextInt(WORDS.length)]);
            case 5 -> text.append("Acme").insert(random.nextInt(5), pick('\u0000', '\u202e', '\ud800', '\u001b'));
            default -> {
                for (int i = random.nextInt(40); i > 0; i--) {
                    text.append((char) random.nextInt(0x10000));
                }
            }
        }
        return text.toString();
    }

    private JsonNode hostileJson(JsonNode schema) {
        schema = resolve(schema);
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(pick(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 2147483648L));
            case 2 -> NODES.numberNode(random.nextDouble() * 1e300);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> {
                ArrayNode array = NODES.arrayNode();
                array.add(hostileString());
                yield array;
            }
            case 5 -> {
                ObjectNode object = NODES.objectNode();
                object.put(hostileString(), hostileString());
                yield object;
            }
            default -> NODES.stringNode(hostileString());
        };
    }

    /** A query or path parameter: hostile text, properly encoded, or bytes that are not valid percent-encoded UTF-8. */
    private String hostileParameter(JsonNode schema) {
        if (random.nextInt(4) == 0) {
            return pick("%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "a%FFb", "%00", "%25FF", "%2F..%2F",
                    "%EF%BF%BF", "%C3%28", "%F0%9F%98", "%FE%FF");
        }
        return encode(hostileString());
    }

    // ---------------------------------------------------------------------------------------------------------

    private HttpResponse<String> send(String method, String uri, @Nullable Caller caller, @Nullable String contentType,
                                      @Nullable String body, @Nullable String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (caller != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (caller.email() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        // DeadlinePassed events come from the scheduler at any time; everything else is from a request.
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype NOT LIKE '%DeadlinePassed'")
                .query(Long.class).single();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String abbreviate(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        String escaped = text.codePoints().limit(300).collect(StringBuilder::new,
                (b, c) -> {
                    if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c == 0x202e) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }, StringBuilder::append).toString();
        return text.length() > 300 ? escaped + "…(" + text.length() + " chars)" : escaped;
    }
}
