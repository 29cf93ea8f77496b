package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's OpenAPI document as the booted app serves it. Writes it to {@code target/openapi.json}, where
 * {@code .ci/run} lints it with Redocly CLI after the Maven run, and checks that no operation goes undescribed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    @Test
    void theDocumentIsWrittenWhereTheCiLintsIt() throws IOException {
        Reply docs = new Api(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        Path file = Path.of("target", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, docs.raw().body(), StandardCharsets.UTF_8);
        assertThat(docs.body().get("info").get("title").asString()).isEqualTo("Followthrough API");
    }

    @Test
    void everyOperationHasASummaryADescriptionAndAProblemDocumentFor4xx() {
        JsonNode document = new Api(port).get("/v3/api-docs", null).body();

        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                operations++;
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                if (blank(operation.path("summary"))) {
                    faults.add(name + " has no summary");
                }
                if (blank(operation.path("description"))) {
                    faults.add(name + " has no description");
                }
                if (blank(operation.path("operationId"))) {
                    faults.add(name + " has no operationId");
                }
                if (operation.path("tags").isEmpty()) {
                    faults.add(name + " has no tag");
                }
                boolean problem4xx = false;
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("4")) {
                        JsonNode resolved = resolve(document, response.getValue());
                        if (resolved.path("content").has("application/problem+json")) {
                            problem4xx = true;
                        } else {
                            faults.add(name + " answers " + response.getKey() + " with no application/problem+json");
                        }
                    }
                }
                if (!problem4xx) {
                    faults.add(name + " documents no 4xx answer");
                }
            }
        }

        assertThat(operations).isGreaterThanOrEqualTo(30);
        assertThat(faults).isEmpty();
    }

    /**
     * The success answer documented is the one the API gives (its tests check the status itself): a client generated
     * from the document must not expect 200 where the API answers 201, 202 or 204.
     */
    @Test
    void eachOperationDocumentsTheSuccessAnswerTheApiGives() {
        JsonNode paths = new Api(port).get("/v3/api-docs", null).body().get("paths");

        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                List<String> success = method.getValue().path("responses").propertyNames().stream()
                        .filter(code -> code.startsWith("2")).sorted().toList();
                List<String> expected = switch (name) {
                    case "POST /api/v1/me/coaches" -> List.of("200", "202");
                    case "POST /api/v1/signup", "POST /api/v1/me/import", "POST /api/v1/me/tokens",
                         "POST /api/v1/me/calendar-feed" -> List.of("201");
                    case "POST /api/v1/admin/rebuilds", "POST /api/v1/me/digest/test" -> List.of("202");
                    default -> name.startsWith("DELETE ") ? List.of("204")
                            : name.startsWith("POST /api/v1/opportunities") ? List.of("201") : List.of("200");
                };
                if (!success.equals(expected)) {
                    faults.add(name + " documents " + success + ", answers " + expected);
                }
                boolean open = name.equals("POST /api/v1/signup") || name.equals("GET /api/v1/regions");
                if (open == method.getValue().path("responses").has("401")) {
                    faults.add(name + (open ? " needs no sign-in but documents 401" : " does not document 401"));
                }
                if (path.getKey().contains("{id}") && !method.getValue().path("responses").has("404")) {
                    faults.add(name + " names a record by id but documents no 404");
                }
            }
        }

        assertThat(faults).isEmpty();
    }

    @Test
    void theProblemSchemaHasTheFieldsTheAppSends() {
        JsonNode document = new Api(port).get("/v3/api-docs", null).body();

        JsonNode problem = document.get("components").get("schemas").get("Problem").get("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "field", "errors");
        assertThat(document.get("components").get("securitySchemes").propertyNames()).contains("basic", "bearer");
        assertThat(document.get("servers")).isNotEmpty();
    }

    private static boolean blank(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asString().isBlank();
    }

    private static JsonNode resolve(JsonNode document, JsonNode response) {
        if (response.has("$ref")) {
            String name = response.get("$ref").asString().substring("#/components/responses/".length());
            return document.get("components").get("responses").get(name);
        }
        return response;
    }
}
