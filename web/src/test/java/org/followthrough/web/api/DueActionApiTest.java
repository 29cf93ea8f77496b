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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class DueActionApiTest {

    /** Tuesday 10 March 2026, 14:00–15:00 in Berlin; they said they would decide by Friday 20 March. */
    private static final String INTERVIEW = """
            {"startedAt": "2026-03-10T14:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00",
             "interviewers": [{"name": "Grace Hopper", "title": "Engineering Manager", "email": "grace@acme.example"},
                              {"name": "Alan Turing"}],
             "decision": {"kind": "DATE", "date": "2026-03-20"}}""";

    @LocalServerPort
    int port;
    Api api;
    Caller ada;
    String opportunity;
    String interview;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = api.candidate("Ada");
        opportunity = api.open(ada, "Acme", "Backend Engineer");
        interview = api.post(path("/interviews"), ada, INTERVIEW).body().get("interviewId").asString();
    }

    @Test
    void afterAnInterviewTheActionsAreDueWhenThePolicySays() {
        JsonNode due = api.get("/api/v1/due-actions", ada).body();
        JsonNode actions = due.get("actions");

        // issue 10 item 8: read months later, the thank-yous and the notes are no longer worth doing: listed as missed
        assertThat(summaries(due.get("missed"))).containsExactlyInAnyOrder(
                "THANK_YOU Thank Grace Hopper for the interview at 2026-03-11T15:00:00+01:00",
                "THANK_YOU Thank Alan Turing for the interview at 2026-03-11T15:00:00+01:00",
                "NOTES Write down how the round 1 interview went on 2026-03-10");
        assertThat(due.get("missed")).allSatisfy(missed -> assertThat(missed.get("reason").asString()).isNotBlank());
        assertThat(summaries(actions)).containsExactlyInAnyOrder(
                "STATUS_CHECK Check in with Acme on where things stand on 2026-03-23",
                // issue 10 item 1: silence counts from their date, Fri 20 Mar + 30
                "MOVE_ON Consider closing this one and moving on on 2026-04-19");
        JsonNode statusCheck = find(actions, "STATUS_CHECK");
        assertThat(statusCheck.get("explanation").asString())
                .contains("They said Friday 20 March; one business day later is Monday 23 March.")
                .contains("That day went by without word from them.");
        assertThat(statusCheck.get("overdue").asBoolean()).isTrue();
        assertThat(statusCheck.get("opportunityId").asString()).isEqualTo(opportunity);
        assertThat(statusCheck.has("dueAt")).isFalse();
        assertThat(find(due.get("missed"), "THANK_YOU").get("record").get("form").asString()).isEqualTo("THANK_YOU");
    }

    @Test
    void aDecisionDateAlreadyOverIsMarkedPassedAtOnceWithTheEndOfThatDay() {
        JsonNode events = api.get(path("/events"), ada).body();

        JsonNode passed = events.get(2);
        assertThat(passed.get("type").asString()).isEqualTo("DeadlinePassed");
        assertThat(passed.get("occurredAt").asString()).isEqualTo("2026-03-21T00:00:00+01:00");
        assertThat(passed.get("payload").get("statedDate").asString()).isEqualTo("2026-03-20");
    }

    @Test
    void actionsDisappearWhenDoneAndComeBackAsOfBefore() {
        api.post(path("/thank-yous"), ada, """
                {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "2026-03-10T19:00:00+01:00"}
                """.formatted(interview));
        api.post(path("/replies"), ada, """
                {"receivedAt": "2026-03-18T10:00:00+01:00", "kind": "NEXT_ROUND"}""");

        JsonNode live = api.get("/api/v1/due-actions", ada).body();
        List<String> now = rules(live.get("actions"));
        List<String> beforeTheReply = openOrMissed(api.get("/api/v1/due-actions?asOf=2026-03-17", ada).body());
        List<String> beforeTheThankYou = openOrMissed(api.get("/api/v1/due-actions?asOf=2026-03-10T18:00:00%2B01:00", ada)
                .body());

        // issue 10 item 2: after the invitation to another round, moving on waits until that round is held; item 8:
        // months later, the thank-you and the notes are missed
        assertThat(now).containsExactlyInAnyOrder("CONNECT");
        assertThat(rules(live.get("missed"))).containsExactlyInAnyOrder("THANK_YOU", "NOTES");
        assertThat(live.get("waiting")).extracting(reason -> reason.get("reason").asString())
                .containsExactly("NEXT_ROUND_INVITED");
        assertThat(beforeTheReply).containsExactlyInAnyOrder("THANK_YOU", "NOTES", "STATUS_CHECK", "MOVE_ON", "CONNECT");
        assertThat(beforeTheThankYou).containsExactlyInAnyOrder("THANK_YOU", "THANK_YOU", "NOTES", "STATUS_CHECK", "MOVE_ON");
    }

    @Test
    void theLiveListAndTheComputedListAgree() {
        api.post(path("/follow-ups"), ada, """
                {"purpose": "STATUS_CHECK", "channel": "EMAIL", "sentAt": "2026-03-23T09:00:00+01:00"}""");
        api.post(path("/competing-offers"), ada, """
                {"receivedAt": "2026-03-25T12:00:00+01:00", "respondBy": "2026-03-27"}""");

        Reply live = api.get("/api/v1/due-actions", ada);
        Reply computed = api.get("/api/v1/due-actions?asOf=" + java.time.Instant.now(), ada);

        assertThat(summaries(computed.body().get("actions"))).containsExactlyInAnyOrderElementsOf(summaries(live.body().get("actions")));
        assertThat(summaries(computed.body().get("missed"))).containsExactlyInAnyOrderElementsOf(summaries(live.body().get("missed")));
        assertThat(rules(live.body().get("actions"))).contains("STATUS_CHECK");
        // the other offer's answer date is long gone: clearing the air is missed, with its reason
        assertThat(rules(live.body().get("missed"))).contains("CLEAR_THE_AIR");
    }

    @Test
    void aCheckInBeforeTheirDateIsRecordedWithAWarning() {
        Reply early = api.post(path("/follow-ups"), ada, """
                {"purpose": "STATUS_CHECK", "channel": "EMAIL", "sentAt": "2026-03-16T09:00:00+01:00"}""");

        assertThat(early.status()).isEqualTo(201);
        assertThat(early.body().get("warnings").get(0).asString()).contains("They said Friday 20 March");
    }

    @Test
    void aSecondCallWithinTheSpacingIsRecordedWithAWarning() {
        api.post(path("/follow-ups"), ada, """
                {"purpose": "STATUS_CHECK", "channel": "PHONE", "sentAt": "2026-03-23T09:00:00+01:00"}""");
        Reply again = api.post(path("/follow-ups"), ada, """
                {"purpose": "STATUS_CHECK", "channel": "PHONE", "sentAt": "2026-03-25T09:00:00+01:00"}""");

        // issue 10 item 14
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("warnings")).extracting(JsonNode::asString)
                .anySatisfy(warning -> assertThat(warning).contains("You already called them on Monday 23 March"));
    }

    @Test
    void afterAMoveTheListAsItStoodBeforeIsReadInTheZoneSheLivedInThen() {
        Reply moved = api.put("/api/v1/me/settings", ada, """
                {"timeZone": "America/New_York", "region": "US-NY"}""");

        JsonNode then = api.get("/api/v1/due-actions?asOf=2026-03-24", ada).body();
        JsonNode now = api.get("/api/v1/due-actions", ada).body();

        // issue 10 item 16: the end of 24 March in Berlin, where she lived then; today in New York (winter time)
        assertThat(moved.status()).isEqualTo(200);
        assertThat(then.get("asOf").asString()).startsWith("2026-03-24T23:59:59").endsWith("+01:00");
        assertThat(find(then.get("actions"), "STATUS_CHECK").get("explanation").asString())
                .contains("Monday 23 March");
        assertThat(now.get("asOf").asString()).endsWith("-05:00");
    }

    @Test
    void anotherCandidateSeesNoneOfThis() {
        Caller mallory = api.signUp("Mallory", "America/New_York", "US-NY", "CANDIDATE");

        assertThat(api.get("/api/v1/due-actions", mallory).body().get("actions").size()).isZero();
        assertThat(api.get("/api/v1/due-actions?asOf=2026-03-15", mallory).body().get("actions").size()).isZero();
    }

    @Test
    void changingThePolicyRecomputesTheDueDays() {
        Caller bea = api.candidate("Bea");
        String other = api.open(bea, "Initech", "Engineer");
        api.post("/api/v1/opportunities/" + other + "/interviews", bea, """
                {"endedAt": "2026-03-10T15:00:00+01:00", "interviewers": [{"name": "Bill Lumbergh"}]}""");
        assertThat(find(api.get("/api/v1/due-actions", bea).body().get("actions"), "STATUS_CHECK").get("dueOn").asString())
                .isEqualTo("2026-03-24");

        Reply changed = api.put("/api/v1/me/settings", bea, """
                {"policy": {"checkInDaysWithoutTimeline": 7}}""");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("policy").get("checkInDaysWithoutTimeline").asInt()).isEqualTo(7);
        assertThat(find(api.get("/api/v1/due-actions", bea).body().get("actions"), "STATUS_CHECK").get("dueOn").asString())
                .isEqualTo("2026-03-17");
    }

    @Test
    void aPolicyNumberOutOfBoundsNamesTheField() {
        Reply reply = api.put("/api/v1/me/settings", ada, """
                {"policy": {"daysBetweenCheckIns": 0}}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("policy.daysBetweenCheckIns");
    }

    private String path(String suffix) {
        return "/api/v1/opportunities/" + opportunity + suffix;
    }

    private static JsonNode find(JsonNode actions, String rule) {
        for (JsonNode action : actions) {
            if (action.get("rule").asString().equals(rule)) {
                return action;
            }
        }
        throw new AssertionError("no " + rule + " in " + actions);
    }

    /** Every action of the reply, whether still worth doing or missed by then. */
    private static List<String> openOrMissed(JsonNode due) {
        List<String> all = new java.util.ArrayList<>(rules(due.get("actions")));
        all.addAll(rules(due.get("missed")));
        return all;
    }

    private static List<String> rules(JsonNode actions) {
        List<String> rules = new ArrayList<>();
        actions.forEach(action -> rules.add(action.get("rule").asString()));
        return rules;
    }

    private static List<String> summaries(JsonNode actions) {
        List<String> summaries = new ArrayList<>();
        actions.forEach(action -> summaries.add(action.get("rule").asString() + " " + action.get("action").asString()
                + (action.has("dueAt") ? " at " + action.get("dueAt").asString() : " on " + action.get("dueOn").asString())));
        return summaries;
    }
}
