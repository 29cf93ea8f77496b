package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class OpportunityApiTest {

    private static final String INTERVIEW = """
            {"startedAt": "2026-03-10T14:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00",
             "interviewers": [{"name": "Grace Hopper", "title": "Engineering Manager", "email": "grace@acme.example"}],
             "decision": {"kind": "DATE", "date": "2026-03-20"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Caller ada;
    String opportunity;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = api.candidate("Ada");
        opportunity = api.open(ada, "Acme", "Backend Engineer");
    }

    @Test
    void recordsAnInterviewAndShowsItOnTheTimeline() {
        Reply recorded = api.post(path("/interviews"), ada, INTERVIEW);

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.body().get("sequence").asLong()).isEqualTo(1);
        assertThat(recorded.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/opportunities/" + opportunity + "/events"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode entries = api.get("/api/v1/timeline", ada).body().get("entries");
            // their date (20 March) is long over: the app marked it passed at once, at the end of that day
            assertThat(types(entries)).containsExactly("OpportunityOpened", "DeadlinePassed", "InterviewHeld");
            JsonNode interview = entries.get(2);
            assertThat(interview.get("occurredAt").asString()).isEqualTo("2026-03-10T15:00:00+01:00");
            assertThat(interview.get("company").asString()).isEqualTo("Acme");
            assertThat(interview.get("payload").get("interviewers").get(0).get("name").asString()).isEqualTo("Grace Hopper");
            assertThat(interview.get("payload").get("decision").get("date").asString()).isEqualTo("2026-03-20");
        });
    }

    @Test
    void whatWasJustRecordedIsOnTheVeryNextRead() {
        for (int round = 1; round <= 5; round++) {
            api.post(path("/replies"), ada, """
                    {"receivedAt": "2026-03-1%dT09:30:00+01:00", "kind": "UPDATE"}""".formatted(round));

            assertThat(api.get("/api/v1/timeline", ada).body().get("entries").size()).isEqualTo(round + 1);
        }
    }

    @Test
    void theTimelineShowsOnlyWhatHadHappenedByAsOf() {
        api.post(path("/interviews"), ada, INTERVIEW);
        String interviewId = api.get(path("/events"), ada).body().get(1).get("payload").get("interviewId").asString();
        api.post(path("/thank-yous"), ada, """
                {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "2026-03-10T19:00:00+01:00"}
                """.formatted(interviewId));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/v1/timeline", ada).body().get("entries").size()).isEqualTo(4));

        Reply thatAfternoon = api.get("/api/v1/timeline?asOf=2026-03-10T16:00:00%2B01:00", ada);
        assertThat(types(thatAfternoon.body().get("entries"))).containsExactly("InterviewHeld");
        assertThat(thatAfternoon.body().get("asOf").asString()).isEqualTo("2026-03-10T16:00:00+01:00");
        Reply thatDay = api.get("/api/v1/timeline?asOf=2026-03-10", ada);
        assertThat(types(thatDay.body().get("entries"))).containsExactly("ThankYouSent", "InterviewHeld");
    }

    @Test
    void theEventsOfAnOpportunityComeInOrderWithBothTimes() {
        api.post(path("/interviews"), ada, INTERVIEW);
        api.post(path("/replies"), ada, """
                {"receivedAt": "2026-03-12T09:30:00+01:00", "kind": "NEXT_ROUND", "note": "second round next week"}""");

        JsonNode events = api.get(path("/events"), ada).body();

        // the reply came before their date ended, so the app takes back the DeadlinePassed it had recorded
        assertThat(types(events)).containsExactly("OpportunityOpened", "InterviewHeld", "DeadlinePassed",
                "RecruiterReplied", "EntryRetracted");
        assertThat(events.get(2).get("retracted").asBoolean()).isTrue();
        JsonNode reply = events.get(3);
        assertThat(reply.get("sequence").asLong()).isEqualTo(3);
        assertThat(reply.get("occurredAt").asString()).isEqualTo("2026-03-12T09:30:00+01:00");
        assertThat(reply.get("recordedAt").asString()).isNotBlank();
        assertThat(reply.get("payload").get("kind").asString()).isEqualTo("NEXT_ROUND");
    }

    @Test
    void aCorrectionMarksTheEntryRetractedAndKeepsIt() {
        api.post(path("/replies"), ada, """
                {"receivedAt": "2026-03-12T09:30:00+01:00", "kind": "OFFER"}""");

        Reply correction = api.post(path("/corrections"), ada, """
                {"sequence": 1, "reason": "it was another company"}""");

        assertThat(correction.status()).isEqualTo(201);
        JsonNode events = api.get(path("/events"), ada).body();
        assertThat(types(events)).containsExactly("OpportunityOpened", "RecruiterReplied", "EntryRetracted");
        assertThat(events.get(1).get("retracted").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode entries = api.get("/api/v1/timeline", ada).body().get("entries");
            assertThat(entries.size()).isEqualTo(3);
            assertThat(entries.valueStream().filter(entry -> entry.get("type").asString().equals("RecruiterReplied"))
                    .allMatch(entry -> entry.get("retracted").asBoolean())).isTrue();
        });
    }

    @Test
    void aClosedOpportunityAnswersConflict() {
        api.post(path("/close"), ada, """
                {"outcome": "WITHDRAWN", "at": "2026-03-12T09:30:00+01:00"}""");

        Reply late = api.post(path("/replies"), ada, """
                {"receivedAt": "2026-03-13T09:30:00+01:00", "kind": "OFFER"}""");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(2);
    }

    @Nested
    @DisplayName("privacy")
    class Privacy {

        @Test
        void anotherCandidatesOpportunityIsNotFound() {
            api.post(path("/interviews"), ada, INTERVIEW);
            Caller mallory = api.signUp("Mallory", "America/New_York", "US-NY", "CANDIDATE");

            Reply read = api.get(path("/events"), mallory);
            Reply write = api.post(path("/replies"), mallory, """
                    {"receivedAt": "2026-03-12T09:30:00+01:00", "kind": "REJECTION"}""");
            Reply one = api.get(path(""), mallory);

            assertThat(List.of(read.status(), write.status(), one.status())).containsOnly(404);
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(read.body().toString()).doesNotContain("Acme");
            assertThat(eventCount()).isEqualTo(3);
            assertThat(api.get("/api/v1/timeline", mallory).body().get("entries").size()).isZero();
            assertThat(api.get("/api/v1/opportunities", mallory).body().get("opportunities").size()).isZero();
        }

        @Test
        void anOpportunityThatDoesNotExistLooksTheSame() {
            Reply unknown = api.get("/api/v1/opportunities/00000000-0000-0000-0000-000000000000/events", ada);
            Reply notAnId = api.get("/api/v1/opportunities/acme/events", ada);

            assertThat(unknown.status()).isEqualTo(404);
            assertThat(notAnId.status()).isEqualTo(404);
            assertThat(unknown.body().get("detail")).isEqualTo(notAnId.body().get("detail"));
        }

        @Test
        void withoutCredentialsTheApiAnswers401() {
            Reply anonymous = api.get("/api/v1/timeline", null);
            Reply wrongPassword = api.get("/api/v1/timeline", new Caller(ada.email(), "not the password", ada.id()));

            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(wrongPassword.status()).isEqualTo(401);
        }

        @Test
        void aCoachCannotRecordOpportunities() {
            Caller coach = api.signUp("Coach", "Europe/London", "GB", "COACH");

            Reply attempt = api.post("/api/v1/opportunities", coach, """
                    {"company": "Acme", "role": "Engineer"}""");

            assertThat(attempt.status()).isEqualTo(403);
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        // How unreadable JSON, enums, times and missing fields are answered is HTTP mapping alone: see
        // OpportunityApiSliceTest. What stays here needs the real domain and store.

        @Test
        void anInterviewEndingBeforeItStartsNamesTheStart() {
            Reply reply = api.post(path("/interviews"), ada, """
                    {"startedAt": "2026-03-10T16:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00"}""");

            assertProblem(reply, "startedAt");
            assertThat(eventCount()).isEqualTo(1);
        }

        @Test
        void aThankYouForAnUnrecordedInterviewIsRefused() {
            Reply reply = api.post(path("/thank-yous"), ada, """
                    {"interviewId": "00000000-0000-0000-0000-000000000001", "interviewer": "Grace Hopper",
                     "channel": "EMAIL", "sentAt": "2026-03-10T19:00:00+01:00"}""");

            assertProblem(reply, "interviewId");
            assertThat(eventCount()).isEqualTo(1);
        }

        @Test
        void aTimeInTheFutureIsRefused() {
            Reply reply = api.post(path("/replies"), ada, """
                    {"receivedAt": "2099-01-01T09:00:00Z", "kind": "OFFER"}""");

            assertProblem(reply, "receivedAt");
        }

        @Test
        void aNulInTheCompanyIsRefusedAndNothingIsStored() {
            long before = storedEvents();

            assertProblem(api.post("/api/v1/opportunities", ada, """
                    {"company": "Ac\\u0000me", "role": "Backend Engineer"}"""), "company");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        void aNulInTheRoleIsRefusedAndNothingIsStored() {
            long before = storedEvents();

            Reply reply = api.post("/api/v1/opportunities", ada, """
                    {"company": "Acme", "role": "Backend\\u0000"}""");

            assertProblem(reply, "role");
            assertThat(reply.body().get("detail").asString()).isEqualTo("role: contains a control character (U+0000) at position 8");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        void aNulInAnInterviewersNameNamesThatInterviewer() {
            long before = storedEvents();

            assertProblem(api.post(path("/interviews"), ada, """
                    {"endedAt": "2026-03-10T15:00:00+01:00",
                     "interviewers": [{"name": "Grace Hopper"}, {"name": "Alan\\u0000 Turing"}]}"""), "interviewers[1].name");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        void aCompanyOf201CharactersIsRefusedButTwoHundredEmojiAreNot() {
            long before = storedEvents();

            assertProblem(api.post("/api/v1/opportunities", ada, """
                    {"company": "%s", "role": "Backend Engineer"}""".formatted("A".repeat(201))), "company");
            assertThat(storedEvents()).isEqualTo(before);
            assertThat(api.post("/api/v1/opportunities", ada, """
                    {"company": "%s", "role": "Backend Engineer"}""".formatted("\uD83D\uDE80".repeat(200))).status()).isEqualTo(201);
        }

        @Test
        void aControlCharacterInANoteIsRefused() {
            api.post(path("/interviews"), ada, INTERVIEW);
            String interviewId = api.get(path("/events"), ada).body().get(1).get("payload").get("interviewId").asString();
            long before = storedEvents();

            assertProblem(api.post(path("/notes"), ada, """
                    {"interviewId": "%s", "forgot": "my Kafka\\u001b[31m migration"}""".formatted(interviewId)), "forgot");
            assertThat(storedEvents()).isEqualTo(before);
        }

        private void assertProblem(Reply reply, String field) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().get("field").asString()).isEqualTo(field);
            assertThat(reply.body().get("detail").asString()).contains(field);
        }
    }

    private String path(String suffix) {
        return "/api/v1/opportunities/" + opportunity + suffix;
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private int eventCount() {
        return api.get(path("/events"), ada).body().size();
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(entry -> types.add(entry.get("type").asString()));
        return types;
    }
}
