package org.followthrough.web.api;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.domain.opportunity.CancelInterview;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.RecordConnection;
import org.followthrough.domain.opportunity.RecordDecisionTimelineChange;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordInterviewNotes;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.RescheduleInterview;
import org.followthrough.domain.opportunity.ScheduleInterview;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class HistoryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    ReadYourWrites readYourWrites;
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
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT interview_id FROM outcome_fact WHERE candidate_id IN (?, ?) "
                + "GROUP BY interview_id HAVING count(DISTINCT candidate_id) = 2) shared").params(ada.id(), bea.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * Scheduled, moved and cancelled interviews, a scheduled one recorded as held, a moved decision date (with the
     * app's own DeadlinePassed and its retraction), notes per interviewer, a thank-you that asked about next steps and
     * a connection: what the app records, the import takes back as it is.
     */
    @Test
    void aHistoryWithScheduledInterviewsMovedDatesNotesPerInterviewerAndConnectionsRoundTrips() {
        OpportunityId initech = OpportunityId.of(UUID.fromString(api.post("/api/v1/opportunities", ada, """
                {"company": "Initech", "role": "Staff Engineer", "openedAt": "2026-03-28T09:00:00+01:00"}""")
                .body().get("id").asString()));
        CandidateId candidate = CandidateId.of(ada.id());
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        InterviewId onsite = InterviewId.of(UUID.randomUUID());
        InterviewId cancelled = InterviewId.of(UUID.randomUUID());
        Interviewer grace = new Interviewer("Grace Hopper", "Engineering Manager", "grace@initech.example");
        commands.sendAndWait(new ScheduleInterview(initech, candidate, onsite, null, Instant.parse("2026-04-02T07:00:00Z"),
                Instant.parse("2026-04-02T08:00:00Z"), List.of(grace, new Interviewer("Alan Turing", null, null)),
                Instant.parse("2026-03-30T09:00:00Z")));
        commands.sendAndWait(new RescheduleInterview(initech, candidate, onsite, Instant.parse("2026-04-03T07:00:00Z"),
                Instant.parse("2026-04-03T08:00:00Z"), Instant.parse("2026-04-01T09:00:00Z")));
        commands.sendAndWait(new RecordInterview(initech, candidate, onsite, null, null, Instant.parse("2026-04-03T08:00:00Z"),
                List.of(), DecisionTimeline.by(LocalDate.of(2026, 4, 10)), berlin));
        commands.sendAndWait(new RecordDecisionTimelineChange(initech, candidate, onsite,
                DecisionTimeline.by(LocalDate.of(2026, 4, 17)), Instant.parse("2026-04-08T09:00:00Z"), berlin));
        commands.sendAndWait(new RecordInterviewNotes(initech, candidate, onsite, "the system design part", null, null, null,
                List.of(new InterviewerNotes("grace hopper", "her compiler work"), new InterviewerNotes("Alan Turing", "the halting problem"))));
        commands.sendAndWait(new RecordThankYou(initech, candidate, onsite, "Grace Hopper", Channel.EMAIL,
                Instant.parse("2026-04-03T17:00:00Z"), "Dear Grace, thank you for the talk about compilers.", true));
        commands.sendAndWait(new RecordConnection(initech, candidate, "grace  hopper", Instant.parse("2026-04-04T09:00:00Z")));
        commands.sendAndWait(new ScheduleInterview(initech, candidate, cancelled, null, Instant.parse("2026-04-22T07:00:00Z"),
                null, List.of(new Interviewer("Barbara Liskov", null, null)), Instant.parse("2026-04-18T09:00:00Z")));
        long last = commands.<Long>sendAndWait(new CancelInterview(initech, candidate, cancelled, "they filled the role",
                Instant.parse("2026-04-19T09:00:00Z")));
        await().atMost(Duration.ofSeconds(10)).until(() -> readYourWrites.awaitVisible(initech, last));

        JsonNode exported = api.get("/api/v1/me/export", ada).body();
        JsonNode initechEvents = eventsOf(exported, "Initech");
        assertThat(initechEvents).extracting(event -> event.get("type").asString()).containsExactly("OpportunityOpened",
                "InterviewScheduled", "InterviewRescheduled", "InterviewHeld", "DeadlinePassed", "DecisionTimelineChanged",
                "EntryRetracted", "DeadlinePassed", "InterviewNotesRecorded", "ThankYouSent", "ConnectionMade",
                "InterviewScheduled", "InterviewCancelled");
        assertThat(initechEvents.get(6).get("payload").get("reason").asString()).isEqualTo("they moved their date before it went by");
        assertThat(initechEvents.get(8).get("payload").get("perInterviewer").get(0).get("interviewer").asString())
                .isEqualTo("Grace Hopper");

        Caller bea = api.signUp("Bea", "Europe/Berlin", "DE-BY", "CANDIDATE");
        Reply imported = api.post("/api/v1/me/import", bea, exported.toString());

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(timeline(bea)).containsExactlyElementsOf(timeline(ada));
        assertThat(dueActions(bea)).containsExactlyInAnyOrderElementsOf(dueActions(ada));
        assertThat(events(api.get("/api/v1/me/export", bea).body())).isEqualTo(events(exported));

        Caller cy = api.signUp("Cy", "Europe/Berlin", "DE-BY", "CANDIDATE");
        Reply again = api.post("/api/v1/me/import", cy, api.get("/api/v1/me/export", bea).body().toString());
        assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
        assertThat(timeline(cy)).containsExactlyElementsOf(timeline(ada));
    }

    @Test
    void theImportSetsTheDeadlineOfTheDateTheEmployerLastNamed() {
        OpportunityId initech = OpportunityId.of(UUID.fromString(api.open(ada, "Initech", "Staff Engineer")));
        CandidateId candidate = CandidateId.of(ada.id());
        InterviewId onsite = InterviewId.of(UUID.randomUUID());
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        commands.sendAndWait(new RecordInterview(initech, candidate, onsite, null, null, Instant.parse("2026-11-27T15:00:00Z"),
                List.of(), DecisionTimeline.by(LocalDate.of(2027, 1, 8)), berlin));
        long last = commands.<Long>sendAndWait(new RecordDecisionTimelineChange(initech, candidate, onsite,
                DecisionTimeline.by(LocalDate.of(2027, 1, 15)), Instant.parse("2026-11-28T09:00:00Z"), berlin));
        await().atMost(Duration.ofSeconds(10)).until(() -> readYourWrites.awaitVisible(initech, last));
        assertThat(deadlinesAt("2027-01-08T23:00:00Z")).as("the first date no longer holds").isZero();
        assertThat(deadlinesAt("2027-01-15T23:00:00Z")).isEqualTo(1);

        Caller bea = api.signUp("Bea", "Europe/Berlin", "DE-BY", "CANDIDATE");
        Reply imported = api.post("/api/v1/me/import", bea, api.get("/api/v1/me/export", ada).body().toString());

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(deadlinesAt("2027-01-08T23:00:00Z")).isZero();
        assertThat(deadlinesAt("2027-01-15T23:00:00Z")).as("Ada's and Bea's").isEqualTo(2);
    }

    @Test
    void anImportedHistoryObeysTheRulesOfTheNewEntriesToo() {
        OpportunityId initech = OpportunityId.of(UUID.fromString(api.open(ada, "Initech", "Staff Engineer")));
        CandidateId candidate = CandidateId.of(ada.id());
        InterviewId scheduled = InterviewId.of(UUID.randomUUID());
        commands.sendAndWait(new ScheduleInterview(initech, candidate, scheduled, null, Instant.parse("2026-12-02T07:00:00Z"),
                null, List.of(new Interviewer("Grace Hopper", null, null)), null));
        long last = commands.<Long>sendAndWait(new CancelInterview(initech, candidate, scheduled, null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> readYourWrites.awaitVisible(initech, last));
        Caller bea = api.signUp("Bea", "Europe/Berlin", "DE", "CANDIDATE");
        JsonNode good = api.get("/api/v1/me/export", ada).body();
        long before = storedEvents();

        assertThat(good.get("opportunities").get(2).get("events").get(0).get("payload").get("company").asString())
                .isEqualTo("Initech");

        ObjectNode farAhead = (ObjectNode) good.deepCopy();
        ((ObjectNode) eventsOf(farAhead, "Initech").get(1).get("payload")).put("startsAt", "2028-12-02T07:00:00Z");
        assertProblem(api.post("/api/v1/me/import", bea, farAhead.toString()), "opportunities[2].events[1].payload.startsAt");

        ObjectNode heldAfterAll = (ObjectNode) good.deepCopy();
        ArrayNode initechEvents = eventsOf(heldAfterAll, "Initech");
        ObjectNode held = event(heldAfterAll, "InterviewHeld").deepCopy().put("sequence", initechEvents.size());
        ((ObjectNode) held.get("payload")).put("interviewId", scheduled.toString());
        initechEvents.add(held);
        assertProblem(api.post("/api/v1/me/import", bea, heldAfterAll.toString()), "opportunities[2].events[3]");

        ObjectNode twice = (ObjectNode) good.deepCopy();
        ArrayNode perInterviewer = payload(twice, "InterviewNotesRecorded").putArray("perInterviewer");
        perInterviewer.addObject().put("interviewer", "Grace Hopper").put("notes", "compilers");
        perInterviewer.addObject().put("interviewer", "grace hopper").put("notes", "more");
        assertProblem(api.post("/api/v1/me/import", bea, twice.toString()), "opportunities[0].events["
                + index(twice, "InterviewNotesRecorded") + "].payload.perInterviewer[1].interviewer");

        assertThat(storedEvents()).isEqualTo(before);
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

    private static ArrayNode eventsOf(JsonNode document, String company) {
        for (JsonNode opportunity : document.get("opportunities")) {
            if (opportunity.get("events").get(0).get("payload").get("company").asString().equals(company)) {
                return (ArrayNode) opportunity.get("events");
            }
        }
        throw new AssertionError("no " + company + " in the export");
    }

    /** Each opportunity's events without the ids that differ between the accounts. */
    private static List<String> events(JsonNode document) {
        List<String> lines = new ArrayList<>();
        for (JsonNode opportunity : document.get("opportunities")) {
            for (JsonNode event : opportunity.get("events")) {
                ObjectNode payload = ((ObjectNode) event.get("payload")).deepCopy();
                payload.remove("opportunityId");
                payload.remove("candidateId");
                lines.add(String.join(" | ", event.get("sequence").asString(), event.get("type").asString(),
                        event.get("occurredAt").asString(), event.get("recordedAt").asString(), payload.toString()));
            }
        }
        return lines;
    }

    private long deadlinesAt(String instant) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time = ?::timestamptz")
                .param(instant).query(Long.class).single();
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
