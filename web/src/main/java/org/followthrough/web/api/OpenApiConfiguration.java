package org.followthrough.web.api;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's own description, served at {@code /v3/api-docs} and browsable at {@code /swagger-ui.html}.
 *
 * <p>What an operation does is written on the controller method ({@code @Operation}); what is the same for all of
 * them lives here: the problem document every error answers with (as {@code web.problems.Problems} builds it for
 * the exception handler and the security layer), which 4xx answers an operation can give, the auth schemes, tags and
 * servers.
 * {@code OpenApiDocumentTest} writes the served document to {@code web/target/openapi.json}, where {@code .ci/run}
 * lints it with Redocly CLI.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String OPPORTUNITIES = "/api/v1/opportunities/";
    /** Where a POST can clash with what is recorded: an entry in a closed opportunity, an import into an account
     * that has opportunities, a rebuild while one runs. */
    private static final List<String> CONFLICTING = List.of(OPPORTUNITIES + "{id}/", "/api/v1/me/import",
            "/api/v1/admin/rebuilds");

    /** The one thing that is asked for with no id and may not exist: 404 when the candidate has no feed. */
    private static final String CALENDAR_FEED = "/api/v1/me/calendar-feed";

    /** Where a pending share is confirmed: 404 with nothing pending, 409 when the coach's name is no longer the one. */
    private static final String SHARE_CONFIRMATION = "/api/v1/me/coaches/{coachEmail}/confirmation";

    static {
        // The shapes DomainJacksonModule and Jackson really write, where reflecting on the Java types would mislead.
        StringSchema uuid = new StringSchema();
        uuid.format("uuid");
        SpringDocUtils.getConfig()
                .replaceWithSchema(OpportunityId.class, uuid)
                .replaceWithSchema(CandidateId.class, uuid)
                .replaceWithSchema(InterviewId.class, uuid)
                .replaceWithSchema(Region.class, new StringSchema().description("An ISO 3166 country or subdivision code, for example `DE-BY`."))
                .replaceWithSchema(JsonNode.class, new ObjectSchema().description("A JSON object."));
    }

    @Bean
    OpenAPI followthroughApi() {
        return new OpenAPI()
                .info(new Info().title("Followthrough API").version("v1")
                        .description("""
                                Record what happened after an interview and read your timeline, your due actions and \
                                your figures. Everything you record is kept as an event: nothing is overwritten, a \
                                mistake is retracted by a correction, and every read can be asked "as it stood" at \
                                an earlier moment.

                                Times are ISO-8601 instants with an offset; days are YYYY-MM-DD in your time zone. \
                                Every error is an `application/problem+json` document (RFC 9457); bad input names \
                                the field at fault in `field` and lists every fault in `errors`, and nothing has been \
                                stored when one is returned.""")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("This Followthrough installation")))
                .tags(List.of(
                        tag(Tags.ACCOUNTS, "Signing up."),
                        tag(Tags.OPPORTUNITIES, "Opportunities and what happens in them: interviews, notes, thank-yous, "
                                + "follow-ups, replies, offers, the outcome, and corrections."),
                        tag(Tags.TIMELINE, "Everything recorded, in order, now or as it stood."),
                        tag(Tags.DUE_ACTIONS, "What to do next under your follow-up policy."),
                        tag(Tags.SETTINGS, "Your time zone, region and follow-up policy."),
                        tag(Tags.HISTORY, "Your whole history as one JSON document, out and back in."),
                        tag(Tags.SHARING, "Which coaches see your figures (and, if you say so, your timeline)."),
                        tag(Tags.COACH, "For coaches: the candidates who share with you and what needs a look."),
                        tag(Tags.FIGURES, "Response rates, time to reply and outcomes: a candidate's own, or, for a "
                                + "coach, those of the candidates who share with them."),
                        tag(Tags.ADMIN, "For administrators: rebuilding the read models from the event log, dead letters, the nodes."),
                        tag(Tags.TOKENS, "Personal access tokens for scripts and integrations."),
                        tag(Tags.REMINDERS, "The calendar feed and the morning digest.")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your e-mail address and password."))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal access token (`ft_…`), made with "
                                        + "`POST /api/v1/me/tokens`; costs no password hashing per request."))
                        .addSchemas("Problem", problemSchema())
                        .addSchemas("FieldError", new ObjectSchema()
                                .description("One fault in the input.")
                                .addProperty("field", new StringSchema()
                                        .description("The field at fault, as a JSON path into the body (`interviewers[0].email`), or a query parameter's name; `body` when the body as a whole could not be read."))
                                .addProperty("message", new StringSchema().description("What is wrong with it."))
                                .required(List.of("field", "message")))
                        .responses(problemResponses()))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Names of the tags the controllers put their operations under. */
    static final class Tags {
        static final String ACCOUNTS = "Accounts";
        static final String OPPORTUNITIES = "Opportunities";
        static final String TIMELINE = "Timeline";
        static final String DUE_ACTIONS = "Due actions";
        static final String SETTINGS = "Settings";
        static final String HISTORY = "History";
        static final String SHARING = "Sharing with coaches";
        static final String COACH = "Coach";
        static final String FIGURES = "Figures";
        static final String ADMIN = "Admin";
        static final String TOKENS = "Tokens";
        static final String REMINDERS = "Reminders";

        private Tags() {
        }
    }

    /**
     * Adds to every operation the 4xx answers it can give, from what the app does: bad input (400) wherever there is
     * a body or a query parameter; 401 and 403 wherever a signed-in role is needed; 404 for an id in the path that
     * names nothing of the caller's (and for the calendar feed, when there is none); 409 where a POST can clash with
     * what is recorded; 406 where nothing else can go wrong but the format asked for. The figures serve a coach and
     * a candidate under two paths: each path gets its own operation id and says whose figures it gives.
     */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
            boolean hasInput = operation.getRequestBody() != null || (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(parameter -> !"path".equals(parameter.getIn())));
            if (hasInput) {
                responses.addApiResponse("400", reference("InvalidInput"));
            }
            if (secured) {
                responses.addApiResponse("401", reference("NotSignedIn"));
                responses.addApiResponse("403", reference("NotAllowed"));
            }
            if (path.contains("{id}") || path.contains("{interviewId}")
                    || (path.equals(CALENDAR_FEED) && method == PathItem.HttpMethod.GET)) {
                responses.addApiResponse("404", reference("NotFound"));
            }
            if (method == PathItem.HttpMethod.POST && CONFLICTING.stream().anyMatch(path::startsWith)) {
                responses.addApiResponse("409", reference("Conflict"));
            }
            if (path.equals(SHARE_CONFIRMATION)) {
                responses.addApiResponse("404", reference("NoPendingShare"));
                responses.addApiResponse("409", reference("CoachRenamed"));
            }
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                responses.addApiResponse("406", reference("NotAcceptable"));
            }
            figuresFor(path, operation);
        }));
    }

    private static void figuresFor(String path, Operation operation) {
        if (operation.getTags() == null || !operation.getTags().contains(Tags.FIGURES)) {
            return;
        }
        String base = operation.getOperationId().replaceFirst("_\\d+$", "");
        String capitalised = Character.toUpperCase(base.charAt(0)) + base.substring(1);
        if (path.startsWith("/api/v1/coach/")) {
            operation.setOperationId("coach" + capitalised);
            operation.setSummary(operation.getSummary() + " (coach)");
            operation.setDescription(operation.getDescription() + "\n\nThis path is a coach's: the figures cover "
                    + "the candidates who share with the caller, never names of their interviewers or notes.");
        } else {
            operation.setOperationId("my" + capitalised);
            operation.setSummary(operation.getSummary() + " (own)");
            operation.setDescription(operation.getDescription() + "\n\nThis path is a candidate's: the figures "
                    + "cover the caller's own opportunities.");
        }
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    private static ApiResponse reference(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference")
                .description("What kind of problem: `/problems/invalid-input`, `/problems/not-found`, "
                        + "`/problems/conflict`, or `about:blank` when the status says it all."));
        properties.put("title", new StringSchema().description("A short summary of the kind of problem."));
        properties.put("status", new IntegerSchema().format("int32").description("The HTTP status code."));
        properties.put("detail", new StringSchema().description("What went wrong this time, in words."));
        properties.put("instance", new StringSchema().format("uri-reference")
                .description("The request's path, where given."));
        properties.put("field", new StringSchema()
                .description("Bad input only: the first field at fault (the first entry of `errors`)."));
        properties.put("currentCoachName", new StringSchema()
                .description("A coach's name that is not the one confirmed only: the coach account's name now."));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                .description("Bad input only: every fault found, by field."));
        ObjectSchema problem = new ObjectSchema();
        problem.setProperties(properties);
        problem.description("An RFC 9457 problem document, with the fields this API adds for bad input.");
        problem.required(List.of("type", "title", "status"));
        return problem;
    }

    private static Map<String, ApiResponse> problemResponses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put("InvalidInput", problem("The input is invalid; nothing was stored.", Map.of(
                "type", "/problems/invalid-input", "title", "Invalid input", "status", 400,
                "detail", "endedAt: must not be null", "field", "endedAt",
                "errors", List.of(Map.of("field", "endedAt", "message", "must not be null")))));
        responses.put("NotSignedIn", problem("No credentials, or wrong ones.", Map.of(
                "type", "about:blank", "title", "Unauthorized", "status", 401,
                "detail", "Sign in with HTTP Basic: your e-mail address and password.", "instance", "/api/v1/timeline")));
        responses.put("NotAllowed", problem("Signed in, but this is for another role (candidate, coach or admin).",
                Map.of("type", "about:blank", "title", "Forbidden", "status", 403,
                        "detail", "Your account's role may not use this call.", "instance", "/api/v1/admin/rebuilds")));
        responses.put("NotFound", problem("Nothing of that id among the caller's own, the same answer whether it never "
                + "existed or is someone else's; the detail names what was asked for.", Map.of(
                "type", "/problems/not-found", "title", "Not found", "status", 404,
                "detail", "No such opportunity.")));
        responses.put("NotAcceptable", problem("The request's `Accept` names no format this answer comes in (JSON).",
                Map.of("type", "about:blank", "title", "Not Acceptable", "status", 406,
                        "detail", "This address cannot answer in a format you accept.")));
        responses.put("Conflict", problem("It clashes with what is recorded (or the opportunity changed at the same "
                + "time); nothing was stored.", Map.of(
                "type", "/problems/conflict", "title", "Conflicts with what is recorded", "status", 409,
                "detail", "the opportunity is already open; it opens once, with its first entry")));
        responses.put("NoPendingShare", problem("No share is waiting for confirmation at that address.", Map.of(
                "type", "/problems/not-found", "title", "Not found", "status", 404,
                "detail", "Nothing is waiting for your confirmation at that address; ask to share first.")));
        responses.put("CoachRenamed", problem("The coach's name confirmed is not the coach account's current one "
                + "(`currentCoachName`, null when no such coach is left); nothing is shared and the share stays pending.",
                Map.of("type", "/problems/conflict", "title", "The coach's name is not the one confirmed", "status", 409,
                        "detail", "the coach at cora@example.com is now called 'Cora Lee'; nothing is shared until you "
                                + "confirm that name", "field", "coachName", "currentCoachName", "Cora Lee")));
        return responses;
    }

    private static ApiResponse problem(String description, Map<String, Object> example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).example(example)));
    }
}
