package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls issue 10 added, through HTTP: scheduled interviews (and recording one as held under its id), moved
 * decision dates, connections, per-interviewer notes, the signature in the settings, the supported regions, and the
 * due-actions' separate lists of missed actions and reasons to wait.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class AdviceApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    Api api;
    Caller ada;
    String opportunity;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = api.signUp("Ada", "Europe/London", "GB-ENG", "CANDIDATE");
        opportunity = api.open(ada, "Acme", "Engineer");
    }

    @Test
    void aScheduledInterviewIsPreparedTheDayBeforeAndWaitsTheChecks() {
        post("/interviews", """
                {"startedAt": "%s", "endedAt": "%s", "interviewers": [{"name": "Oliver Grant"}]}"""
                .formatted(at(-3, 10), at(-3, 11)));
        Reply scheduled = post("/scheduled-interviews", """
                {"startsAt": "%s", "endsAt": "%s", "round": 2,
                 "interviewers": [{"name": "Hannah Wright"}, {"name": "Oliver Grant"}]}"""
                .formatted(at(10, 10), at(10, 11)));
        assertThat(scheduled.status()).as(scheduled.body().toString()).isEqualTo(201);
        String interviewId = scheduled.body().get("interviewId").asString();

        JsonNode due = api.get("/api/v1/due-actions", ada).body();
        assertThat(only(due.get("actions"), "PREPARE").get("dueOn").asString()).isEqualTo(day(9).toString());
        assertThat(due.get("waiting")).anySatisfy(reason -> {
            assertThat(reason.get("reason").asString()).isEqualTo("INTERVIEW_SCHEDULED");
            assertThat(reason.get("explanation").asString()).isNotBlank();
        });

        Reply moved = post("/scheduled-interviews/" + interviewId + "/reschedule",
                "{\"startsAt\": \"%s\"}".formatted(at(12, 10)));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(201);
        JsonNode prepare = only(api.get("/api/v1/due-actions", ada).body().get("actions"), "PREPARE");
        assertThat(prepare.get("dueOn").asString()).isEqualTo(day(11).toString());
    }

    @Test
    void aScheduledInterviewOverIsConfirmedAndKeepsItsIdWhenRecordedAsHeld() {
        String interviewId = post("/scheduled-interviews", """
                {"startsAt": "%s", "endsAt": "%s", "interviewers": [{"name": "Hannah Wright"}, {"name": "Oliver Grant"}],
                 "scheduledAt": "%s"}""".formatted(at(-1, 10), at(-1, 11), at(-5, 9)))
                .body().get("interviewId").asString();
        JsonNode confirm = only(api.get("/api/v1/due-actions", ada).body().get("actions"), "CONFIRM_HELD");
        assertThat(confirm.get("record").toString()).contains(interviewId);

        Reply held = post("/interviews", """
                {"interviewId": "%s", "startedAt": "%s", "endedAt": "%s", "interviewers": []}"""
                .formatted(interviewId, at(-1, 10), at(-1, 11)));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        assertThat(held.body().get("interviewId").asString()).isEqualTo(interviewId);
        JsonNode after = api.get("/api/v1/due-actions", ada).body();
        assertThat(rules(after.get("actions"))).doesNotContain("PREPARE", "CONFIRM_HELD").contains("THANK_YOU", "NOTES");
        List<String> thanked = new ArrayList<>();
        after.get("actions").forEach(action -> {
            if (action.get("rule").asString().equals("THANK_YOU")) {
                thanked.add(action.get("record").get("interviewer").asString());
            }
        });
        assertThat(thanked).containsExactlyInAnyOrder("Hannah Wright", "Oliver Grant");
        assertThat(after.get("waiting")).isEmpty();

        Reply notes = post("/notes", """
                {"interviewId": "%s", "wentWell": "the system design part",
                 "perInterviewer": [{"interviewer": "Hannah Wright", "notes": "her team's move to event sourcing"}]}"""
                .formatted(interviewId));
        assertThat(notes.status()).as(notes.body().toString()).isEqualTo(201);
        assertThat(rules(api.get("/api/v1/due-actions", ada).body().get("actions"))).doesNotContain("NOTES");
    }

    @Test
    void aScheduledInterviewWithoutAStartIsRefusedNamingTheField() {
        Reply reply = post("/scheduled-interviews", "{\"endsAt\": \"%s\"}".formatted(at(10, 10)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().toString()).contains("startsAt");
    }

    @Test
    void aMovedDecisionDateMovesTheStatusCheck() {
        String interviewId = post("/interviews", """
                {"startedAt": "%s", "endedAt": "%s",
                 "interviewers": [{"name": "Hannah Wright"}], "decision": {"kind": "DATE", "date": "%s"}}"""
                .formatted(at(-2, 10), at(-2, 11), day(5)))
                .body().get("interviewId").asString();
        String before = only(api.get("/api/v1/due-actions", ada).body().get("actions"), "STATUS_CHECK")
                .get("dueOn").asString();

        Reply changed = post("/decision-changes", """
                {"interviewId": "%s", "decision": {"kind": "DATE", "date": "%s"},
                 "toldAt": "%s"}""".formatted(interviewId, day(20), at(-1, 9)));

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(201);
        JsonNode check = only(api.get("/api/v1/due-actions", ada).body().get("actions"), "STATUS_CHECK");
        assertThat(check.get("dueOn").asString()).isNotEqualTo(before).isGreaterThan(day(20).toString());
    }

    @Test
    void aConnectionIsItsOwnEntryAndSettlesConnecting() {
        String interviewId = post("/interviews", """
                {"startedAt": "%s", "endedAt": "%s", "interviewers": [{"name": "Hannah Wright"}]}"""
                .formatted(at(-2, 10), at(-2, 11))).body().get("interviewId").asString();
        post("/thank-yous", """
                {"interviewId": "%s", "interviewer": "Hannah Wright", "channel": "EMAIL", "sentAt": "%s",
                 "askedAboutNextSteps": true}""".formatted(interviewId, at(-2, 15)));
        JsonNode due = api.get("/api/v1/due-actions", ada).body();
        assertThat(rules(due.get("actions"))).contains("CONNECT").doesNotContain("NEXT_STEPS");

        Reply connected = post("/connections", "{\"person\": \"Hannah Wright\", \"connectedAt\": \"%s\"}"
                .formatted(at(-1, 9)));

        assertThat(connected.status()).as(connected.body().toString()).isEqualTo(201);
        assertThat(rules(api.get("/api/v1/due-actions", ada).body().get("actions"))).doesNotContain("CONNECT");
        JsonNode events = api.get("/api/v1/opportunities/" + opportunity + "/events", ada).body();
        assertThat(events.get(events.size() - 1).get("type").asString()).contains("ConnectionMade");
    }

    @Test
    void oldActionsAreListedAsMissedWithTheirReason() {
        post("/interviews", """
                {"startedAt": "2020-03-02T10:00:00Z", "endedAt": "2020-03-02T11:00:00Z",
                 "interviewers": [{"name": "Hannah Wright"}]}""");

        JsonNode due = api.get("/api/v1/due-actions", ada).body();

        assertThat(rules(due.get("actions"))).doesNotContain("THANK_YOU", "NOTES");
        assertThat(rules(due.get("missed"))).contains("THANK_YOU", "NOTES");
        assertThat(due.get("missed")).allSatisfy(missed -> {
            assertThat(missed.get("reason").asString()).isNotBlank();
            assertThat(missed.get("worthUntil").asString()).startsWith("2020-");
        });
    }

    @Test
    void theSignatureIsKeptInTheSettingsAndCheckedField() {
        Reply changed = api.put("/api/v1/me/settings", ada, """
                {"signature": {"phone": "+44 20 7946 0958", "email": "ada@example.com",
                 "profileUrl": "https://www.linkedin.com/in/ada"}}""");
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);

        JsonNode signature = api.get("/api/v1/me/settings", ada).body().get("signature");
        assertThat(signature.get("phone").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(signature.get("email").asString()).isEqualTo("ada@example.com");
        assertThat(signature.get("profileUrl").asString()).isEqualTo("https://www.linkedin.com/in/ada");

        Reply bad = api.put("/api/v1/me/settings", ada, "{\"signature\": {\"phone\": \"call me\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("field").asString()).isEqualTo("signature.phone");
        assertThat(api.get("/api/v1/me/settings", ada).body().get("signature").get("phone").asString())
                .isEqualTo("+44 20 7946 0958");
    }

    @Test
    void theRegionsAreListedWithTheirWeekendAndAnUnsupportedOneIsRefused() {
        Reply regions = api.get("/api/v1/regions", null);
        assertThat(regions.status()).isEqualTo(200);
        List<String> saudi = new ArrayList<>();
        regions.body().forEach(region -> {
            if (region.get("code").asString().equals("SA")) {
                region.get("weekend").forEach(day -> saudi.add(day.asString()));
            }
        });
        assertThat(saudi).containsExactly("FRIDAY", "SATURDAY");

        Reply signUp = api.post("/api/v1/signup", null, """
                {"email": "nowhere-%s@example.com", "password": "a long enough password", "displayName": "N",
                 "timeZone": "UTC", "region": "KR", "role": "CANDIDATE"}""".formatted(UUID.randomUUID()));
        assertThat(signUp.status()).isEqualTo(400);
        assertThat(signUp.body().get("field").asString()).isEqualTo("region");
        assertThat(signUp.body().toString()).contains("Supported countries", "GB", "SA");

        Reply settings = api.put("/api/v1/me/settings", ada, "{\"region\": \"KR\"}");
        assertThat(settings.status()).isEqualTo(400);
        assertThat(settings.body().get("field").asString()).isEqualTo("region");
    }

    /** A day counted from today in London. */
    private static LocalDate day(int fromToday) {
        return LocalDate.now(LONDON).plusDays(fromToday);
    }

    /** That day at the hour, London time, as an offset date-time. */
    private static String at(int fromToday, int hour) {
        return day(fromToday).atTime(hour, 0).atZone(LONDON).toOffsetDateTime().toString();
    }

    private Reply post(String suffix, String body) {
        return api.post("/api/v1/opportunities/" + opportunity + suffix, ada, body);
    }

    private static List<String> rules(JsonNode actions) {
        List<String> rules = new ArrayList<>();
        actions.forEach(action -> rules.add(action.get("rule").asString()));
        return rules;
    }

    private static JsonNode only(JsonNode actions, String rule) {
        List<JsonNode> found = new ArrayList<>();
        actions.forEach(action -> {
            if (action.get("rule").asString().equals(rule)) {
                found.add(action);
            }
        });
        assertThat(found).as(rule).hasSize(1);
        return found.getFirst();
    }
}
