package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.OutcomeFactsCaughtUp;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class HistoryApiTest {

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
        String acme = api.open(ada, "Acme", "Backend Engineer");
        String interview = api.post(path(acme, "/interviews"), ada, """
                {"startedAt": "2026-03-10T14:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00",
                 "interviewers": [{"name": "Grace Hopper", "title": "Engineering Manager", "email": "grace@acme.example"},
                                  {"name": "Alan Turing"}],
                 "decision": {"kind": "DATE", "date": "2026-03-20"}}""").body().get("interviewId").asString();
        api.post(path(acme, "/notes"), ada, """
                {"interviewId": "%s", "wentWell": "the design exercise", "forgot": "my Kafka migration"}""".formatted(interview));
        api.post(path(acme, "/thank-yous"), ada, """
                {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "2026-03-10T19:00:00+01:00",
                 "message": "Dear Grace, thank you for the time yesterday."}""".formatted(interview));
        api.post(path(acme, "/follow-ups"), ada, """
                {"purpose": "STATUS_CHECK", "channel": "EMAIL", "sentAt": "2026-03-23T09:00:00+01:00"}""");
        api.post(path(acme, "/replies"), ada, """
                {"receivedAt": "2026-03-24T09:00:00+01:00", "kind": "OFFER", "note": "a written offer"}""");
        api.post(path(acme, "/corrections"), ada, """
                {"sequence": 5, "reason": "recorded twice"}""");
        String globex = api.open(ada, "Globex", "Platform Engineer");
        api.post(path(globex, "/competing-offers"), ada, """
                {"receivedAt": "2026-03-25T12:00:00+01:00", "respondBy": "2026-03-30"}""");
        api.post(path(globex, "/close"), ada, """
                {"outcome": "WITHDRAWN", "at": "2026-03-26T12:00:00+01:00"}""");
        api.put("/api/v1/me/settings", ada, """
                {"timeZone": "Europe/Berlin", "region": "DE-BY", "policy": {"daysBetweenCheckIns": 10}}""");
    }

    @Test
    void anExportImportedIntoANewAccountGivesTheSameTimelineAndTheSameDueActions() {
        Reply exported = api.get("/api/v1/me/export", ada);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body().get("format").asString()).isEqualTo("followthrough-history");
        assertThat(exported.body().get("version").asInt()).isEqualTo(1);

        Caller bea = api.signUp("Bea", "America/New_York", "US-NY", "CANDIDATE");
        Reply imported = api.post("/api/v1/me/import", bea, exported.body().toString());

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(imported.body().get("opportunities").asInt()).isEqualTo(2);
        assertThat(timeline(bea)).containsExactlyElementsOf(timeline(ada));
        assertThat(dueActions(bea)).containsExactlyInAnyOrderElementsOf(dueActions(ada)).isNotEmpty();
        assertThat(api.get("/api/v1/me/settings", bea).body().get("policy").get("daysBetweenCheckIns").asInt()).isEqualTo(10);
        // as the app knew it then: the entries keep their original recording times
        assertThat(timelineKnownAt(bea, "2026-03-01")).isEqualTo(timelineKnownAt(ada, "2026-03-01"));
        // the imported interviews keep their ids under new opportunities: both accounts have their own figures
        OutcomeFactsCaughtUp.await(jdbc);
        assertThat(api.get("/api/v1/me/insights/response-rates", bea).body())
                .isEqualTo(api.get("/api/v1/me/insights/response-rates", ada).body());
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT interview_id FROM outcome_fact GROUP BY interview_id "
                + "HAVING count(DISTINCT candidate_id) = 2) shared").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aMalformedOrForeignDocumentIsRefusedAndNothingIsAppended() {
        Caller bea = api.signUp("Bea", "Europe/Berlin", "DE", "CANDIDATE");
        JsonNode good = api.get("/api/v1/me/export", ada).body();

        ObjectNode gap = (ObjectNode) good.deepCopy();
        ((ObjectNode) gap.get("opportunities").get(1).get("events").get(1)).put("sequence", 7);
        ObjectNode unknownType = (ObjectNode) good.deepCopy();
        ((ObjectNode) unknownType.get("opportunities").get(1).get("events").get(2)).put("type", "SomethingElse");
        ObjectNode badTime = (ObjectNode) good.deepCopy();
        ((ObjectNode) badTime.get("opportunities").get(0).get("events").get(1)).put("recordedAt", "yesterday");

        assertProblem(api.post("/api/v1/me/import", bea, "{\"format\": \"followthrough-history\","), "body");
        assertProblem(api.post("/api/v1/me/import", bea, "{\"format\": \"trello-board\", \"version\": 1}"), "format");
        assertProblem(api.post("/api/v1/me/import", bea, "{\"format\": \"followthrough-history\", \"version\": 9}"), "version");
        assertProblem(api.post("/api/v1/me/import", bea, gap.toString()), "opportunities[1].events[1].sequence");
        assertProblem(api.post("/api/v1/me/import", bea, unknownType.toString()), "opportunities[1].events[2].type");
        assertProblem(api.post("/api/v1/me/import", bea, badTime.toString()), "opportunities[0].events[1].recordedAt");

        assertThat(api.get("/api/v1/timeline", bea).body().get("entries").size()).isZero();
        assertThat(api.get("/api/v1/me/export", bea).body().get("opportunities").size()).isZero();
    }

    @Test
    void eachImportedEntryObeysTheTextRulesOfItsCommandAndABreachNamesIt() {
        Caller bea = api.signUp("Bea", "Europe/Berlin", "DE", "CANDIDATE");
        JsonNode good = api.get("/api/v1/me/export", ada).body();
        long before = storedEvents();

        ObjectNode longCompany = (ObjectNode) good.deepCopy();
        payload(longCompany, "OpportunityOpened").put("company", "A".repeat(10_000));
        assertProblem(api.post("/api/v1/me/import", bea, longCompany.toString()), "opportunities[0].events[0].payload.company");

        ObjectNode emptyName = (ObjectNode) good.deepCopy();
        ((ObjectNode) payload(emptyName, "InterviewHeld").get("interviewers").get(1)).put("name", "");
        assertProblem(api.post("/api/v1/me/import", bea, emptyName.toString()),
                "opportunities[0].events[" + index(emptyName, "InterviewHeld") + "].payload.interviewers[1].name");

        ObjectNode control = (ObjectNode) good.deepCopy();
        payload(control, "RecruiterReplied").put("note", "a written\u0000 offer");
        assertProblem(api.post("/api/v1/me/import", bea, control.toString()),
                "opportunities[0].events[" + index(control, "RecruiterReplied") + "].payload.note");

        ObjectNode megabyte = (ObjectNode) good.deepCopy();
        payload(megabyte, "ThankYouSent").put("message", "Thank you! ".repeat(100_000));
        Reply tooLong = api.post("/api/v1/me/import", bea, megabyte.toString());
        assertProblem(tooLong, "opportunities[0].events[" + index(megabyte, "ThankYouSent") + "].payload.message");
        assertThat(tooLong.body().get("detail").asString()).endsWith("is too long (1099999 characters, at most 10000)");

        ObjectNode emptyPayload = (ObjectNode) good.deepCopy();
        ((ObjectNode) event(emptyPayload, "FollowUpSent")).putObject("payload");
        assertProblem(api.post("/api/v1/me/import", bea, emptyPayload.toString()),
                "opportunities[0].events[" + index(emptyPayload, "FollowUpSent") + "].payload.purpose");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/v1/me/export", bea).body().get("opportunities").size()).isZero();
    }

    @Test
    void eachImportedEntryMustFollowItsHistoryAsTheCommandWouldHave() {
        Caller bea = api.signUp("Bea", "Europe/Berlin", "DE", "CANDIDATE");
        JsonNode good = api.get("/api/v1/me/export", ada).body();
        long before = storedEvents();

        ObjectNode stranger = (ObjectNode) good.deepCopy();
        payload(stranger, "ThankYouSent").put("interviewer", "Barbara Liskov");
        assertProblem(api.post("/api/v1/me/import", bea, stranger.toString()),
                "opportunities[0].events[" + index(stranger, "ThankYouSent") + "].payload.interviewer");

        ObjectNode early = (ObjectNode) good.deepCopy();
        payload(early, "ThankYouSent").put("sentAt", "2026-03-10T12:00:00Z");
        event(early, "ThankYouSent").put("occurredAt", "2026-03-10T12:00:00Z");
        assertProblem(api.post("/api/v1/me/import", bea, early.toString()),
                "opportunities[0].events[" + index(early, "ThankYouSent") + "].payload.sentAt");

        ObjectNode afterTheClose = (ObjectNode) good.deepCopy();
        ArrayNode globex = (ArrayNode) afterTheClose.get("opportunities").get(1).get("events");
        ObjectNode lateOffer = ((ObjectNode) globex.get(1).deepCopy()).put("sequence", 3);
        globex.add(lateOffer);
        assertProblem(api.post("/api/v1/me/import", bea, afterTheClose.toString()), "opportunities[1].events[3]");

        ObjectNode retractedTwice = (ObjectNode) good.deepCopy();
        ArrayNode acme = (ArrayNode) retractedTwice.get("opportunities").get(0).get("events");
        acme.add(((ObjectNode) acme.get(acme.size() - 1).deepCopy()).put("sequence", acme.size()));
        assertProblem(api.post("/api/v1/me/import", bea, retractedTwice.toString()), "opportunities[0].events[" + (acme.size() - 1) + "]");

        ObjectNode martian = (ObjectNode) good.deepCopy();
        ((ObjectNode) martian.get("candidate")).put("timeZone", "Mars/Olympus_Mons");
        assertProblem(api.post("/api/v1/me/import", bea, martian.toString()), "candidate.timeZone");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anAccountThatAlreadyHasOpportunitiesTakesNoImport() {
        JsonNode document = api.get("/api/v1/me/export", ada).body();

        Reply again = api.post("/api/v1/me/import", ada, document.toString());

        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/me/export", ada).body().get("opportunities").size()).isEqualTo(2);
    }

    private void assertProblem(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("field").asString()).isEqualTo(field);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    /** The first event of that type in the document's first opportunity. */
    private static ObjectNode event(JsonNode document, String type) {
        return (ObjectNode) document.get("opportunities").get(0).get("events").get(index(document, type));
    }

    private static ObjectNode payload(JsonNode document, String type) {
        return (ObjectNode) event(document, type).get("payload");
    }

    private static int index(JsonNode document, String type) {
        JsonNode events = document.get("opportunities").get(0).get("events");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).get("type").asString().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in the export");
    }

    private List<String> timeline(Caller caller) {
        return entries(api.get("/api/v1/timeline", caller).body().get("entries"));
    }

    private List<String> timelineKnownAt(Caller caller, String day) {
        return entries(api.get("/api/v1/timeline?knownAt=" + day, caller).body().get("entries"));
    }

    /** Each entry without the ids that differ between the accounts. */
    private static List<String> entries(JsonNode entries) {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : entries) {
            ObjectNode payload = ((ObjectNode) entry.get("payload")).deepCopy();
            payload.remove("opportunityId");
            payload.remove("candidateId");
            lines.add(String.join(" | ", entry.get("company").asString(), entry.get("sequence").asString(),
                    entry.get("type").asString(), entry.get("occurredAt").asString(), entry.get("recordedAt").asString(),
                    entry.get("retracted").asString(), payload.toString()));
        }
        return lines;
    }

    private List<String> dueActions(Caller caller) {
        List<String> lines = new ArrayList<>();
        for (JsonNode action : api.get("/api/v1/due-actions", caller).body().get("actions")) {
            lines.add(String.join(" | ", action.get("company").asString(), action.get("rule").asString(),
                    action.get("action").asString(), action.path("dueAt").asString(""), action.path("dueOn").asString(""),
                    action.get("explanation").asString()));
        }
        return lines;
    }

    private static String path(String opportunity, String suffix) {
        return "/api/v1/opportunities/" + opportunity + suffix;
    }
}
