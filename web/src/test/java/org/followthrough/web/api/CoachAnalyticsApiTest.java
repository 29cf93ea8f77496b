package org.followthrough.web.api;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.followthrough.web.OutcomeFactsCaughtUp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Several candidates, two coaches, one small fixture whose figures are worked out by hand below. Each interview is
 * one opportunity with one round, all in March 2026, the n-th ending on 2 + n March at 10:00 UTC. The threshold is
 * the lowest allowed (three candidates) and epsilon so large that the noise is exactly zero (e^-50 rounds away), so
 * that the hand-worked numbers show; CoachDifferencingTest runs with the real settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.analytics.min-group-size=3", "followthrough.analytics.epsilon=50"})
@FreshDatabase
class CoachAnalyticsApiTest {

    private static final String RATES = "/api/v1/coach/response-rates?within=14";
    private static final String CURVES = "/api/v1/coach/time-to-reply?asOf=2026-06-01";

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Caller ada;
    Caller ben;
    Caller cy;
    Caller dee;
    Caller eve;
    Caller cora;
    Caller otto;
    int day;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cora = api.signUp("Cora", "Europe/Berlin", "DE-BY", "COACH");
        otto = api.signUp("Otto", "Europe/Berlin", "DE-BY", "COACH");
        ada = api.candidate("Ada");
        ben = api.candidate("Ben");
        cy = api.candidate("Cy");
        dee = api.candidate("Dee");
        eve = api.candidate("Eve");
        for (Caller sharing : List.of(ada, ben, cy, dee)) {
            assertThat(api.shareWithCoach(sharing, cora.email().toUpperCase(), sharing == ada).status()).isEqualTo(200);
        }

        // thanked within 24 hours: replies on days 3, 5, 5, 10; one ghosted at day 30, one still waiting
        interview(ada, 2, "EMAIL", 3, "REJECTION", null, 0);
        interview(ada, 3, "EMAIL", 5, "NEXT_ROUND", null, 0);
        interview(ben, 1, "LINKEDIN", 5, "OFFER", null, 0);
        interview(ben, 20, "EMAIL", 10, "UPDATE", null, 0);
        interview(cy, 5, "EMAIL", null, null, "GHOSTED", 30);
        interview(cy, 2, "HANDWRITTEN", null, null, null, 0);
        // thanked later: replies on days 20 (outside 14), 7, 2; one withdrawn at day 10, one still waiting
        interview(ada, 48, "EMAIL", 20, "UPDATE", null, 0);
        interview(ben, 30, "EMAIL", 7, "REJECTION", null, 0);
        interview(cy, 72, "PHONE", null, null, "WITHDRAWN", 10);
        interview(cy, 26, "EMAIL", 2, "NEXT_ROUND", null, 0);
        interview(ada, 50, "EMAIL", null, null, null, 0);
        // no thank-you: four from those who keep sharing, one from Dee, who will stop
        interview(ada, null, null, 4, "REJECTION", null, 0);
        interview(ben, null, null, null, null, null, 0);
        interview(cy, null, null, null, null, "GHOSTED", 40);
        interview(ben, null, null, 1, "UPDATE", null, 0);
        interview(dee, null, null, 6, "NEXT_ROUND", null, 0);
        // Eve shares with no one: her interview must never reach a coach's figures
        interview(eve, 1, "EMAIL", 1, "OFFER", null, 0);
        OutcomeFactsCaughtUp.await(jdbc);
    }

    @Test
    void theCoachsFiguresEqualTheHandWorkedFixtureAndRevocationCountsAtOnce() {
        JsonNode before = api.get(RATES, cora).body();
        rate(group(before, "WITHIN_24H"), 6, 4, 0.3000, 0.9032);
        rate(group(before, "LATER"), 5, 2, 0.1176, 0.7693);
        rate(group(before, "NONE"), 5, 3, 0.2307, 0.8824);

        assertThat(api.delete("/api/v1/me/coaches/" + cora.email(), dee).status()).isEqualTo(204);

        JsonNode after = api.get(RATES, cora).body();
        rate(group(after, "WITHIN_24H"), 6, 4, 0.3000, 0.9032);
        JsonNode none = group(after, "NONE");
        assertThat(List.of(none.get("interviews").asInt(), none.get("replied").asInt())).containsExactly(4, 2);
        JsonNode linkedIn = group(api.get(RATES + "&groupBy=CHANNEL", cora).body(), "LINKEDIN");
        assertThat(linkedIn.get("suppressed").asBoolean()).isTrue();
        assertThat(fieldNames(linkedIn)).containsExactlyInAnyOrder("group", "suppressed");
        assertThat(api.get("/api/v1/me/coaches", dee).body().size()).isZero();
        assertThat(api.get("/api/v1/coach/candidates", cora).body()).extracting(node -> node.get("displayName").asString())
                .containsExactly("Ada", "Ben", "Cy");
    }

    @Test
    void timeToReplyIsAKaplanMeierCurveWithClosedAndWaitingInterviewsCensored() {
        JsonNode curves = api.get(CURVES, cora).body();

        JsonNode prompt = group(curves, "WITHIN_24H");
        assertThat(steps(prompt)).containsExactly(tuple(3, 6, 1), tuple(5, 5, 2), tuple(10, 3, 1));
        assertThat(prompt.get("steps")).extracting(step -> step.get("survival").asDouble())
                .satisfiesExactly(s -> assertThat(s).isCloseTo(5.0 / 6, within(1e-9)),
                        s -> assertThat(s).isCloseTo(0.5, within(1e-9)),
                        s -> assertThat(s).isCloseTo(1.0 / 3, within(1e-9)));
        assertThat(prompt.get("medianDays").asInt()).isEqualTo(5);
        assertThat(prompt.get("interviews").asInt()).isEqualTo(6);

        // the one withdrawn on day 10 is still at risk on day 7 and gone by day 20
        JsonNode late = group(curves, "LATER");
        assertThat(steps(late)).containsExactly(tuple(2, 5, 1), tuple(7, 4, 1), tuple(20, 2, 1));
        assertThat(late.get("steps").get(2).get("survival").asDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(late.get("medianDays").asInt()).isEqualTo(20);

        // as it stood on 15 March, Ada's reply of day 20 had not come yet
        JsonNode earlier = group(api.get("/api/v1/coach/time-to-reply?asOf=2026-03-15", cora).body(), "LATER");
        assertThat(earlier.get("suppressed").asBoolean()).isFalse();
        assertThat(steps(earlier)).extracting(step -> step.toList().getFirst()).doesNotContain(20);
    }

    @Test
    void outcomesCountEachOpportunityOnceInTheMonthOfItsFirstInterview() {
        api.delete("/api/v1/me/coaches/" + cora.email(), dee);

        JsonNode months = api.get("/api/v1/coach/outcomes?from=2026-03-01&to=2026-03-31", cora).body().get("months");

        assertThat(months).hasSize(1);
        JsonNode march = months.get(0);
        assertThat(march.get("month").asString()).isEqualTo("2026-03");
        assertThat(List.of(march.get("opportunities").asInt(), march.get("offer").asInt(), march.get("rejection").asInt(),
                march.get("ghosted").asInt(), march.get("withdrawn").asInt(), march.get("stillOpen").asInt()))
                .containsExactly(15, 1, 3, 2, 1, 8);
        assertThat(api.get("/api/v1/coach/outcomes?from=2026-04-01", cora).body().get("months").size()).isZero();
    }

    @Test
    void smallGroupsAreWithheldByChannelToo() {
        api.delete("/api/v1/me/coaches/" + cora.email(), dee);

        JsonNode channels = api.get(RATES + "&groupBy=CHANNEL", cora).body();

        rate(group(channels, "EMAIL"), 8, 5, 0.3057, 0.8632);
        for (String small : List.of("LINKEDIN", "HANDWRITTEN", "PHONE")) {
            assertThat(group(channels, small).get("suppressed").asBoolean()).as(small).isTrue();
            assertThat(group(channels, small).has("interviews")).as(small).isFalse();
        }
    }

    @Test
    void anotherCoachSeesNothingAndCandidatesCannotUseTheCoachCalls() {
        JsonNode otto = api.get(RATES, this.otto).body();
        assertThat(otto.get("groups")).allSatisfy(group -> assertThat(group.get("suppressed").asBoolean()).isTrue());
        assertThat(api.get(CURVES, this.otto).body().get("groups"))
                .allSatisfy(group -> assertThat(group.has("steps")).isFalse());
        assertThat(api.get("/api/v1/coach/outcomes", this.otto).body().get("months").size()).isZero();
        assertThat(api.get("/api/v1/coach/candidates", this.otto).body().size()).isZero();
        assertThat(api.get("/api/v1/coach/exceptions", this.otto).body().size()).isZero();

        assertThat(api.get(RATES, ada).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/me/coaches", cora, """
                {"coachEmail": "someone@example.com"}""").status()).isEqualTo(403);
    }

    @Test
    void theCoachSeesWhoHasAnOverdueThankYou() {
        JsonNode exceptions = api.get("/api/v1/coach/exceptions", cora).body();

        assertThat(exceptions).extracting(node -> node.get("displayName").asString() + " " + node.get("kind").asString())
                .contains("Ben OVERDUE_THANK_YOU")
                .noneMatch(line -> line.startsWith("Eve"));
    }

    @Test
    void badParametersAnswer400NamingTheParameter() {
        assertThat(problemField(api.get("/api/v1/coach/response-rates?groupBy=MOOD", cora))).isEqualTo("groupBy");
        assertThat(problemField(api.get("/api/v1/coach/response-rates?within=0", cora))).isEqualTo("within");
        assertThat(problemField(api.get("/api/v1/coach/response-rates?within=soon", cora))).isEqualTo("within");
        assertThat(problemField(api.get("/api/v1/coach/response-rates?from=March", cora))).isEqualTo("from");
        assertThat(problemField(api.get("/api/v1/coach/outcomes?from=2026-04-01&to=2026-03-01", cora))).isEqualTo("to");
        assertThat(problemField(api.get("/api/v1/coach/time-to-reply?asOf=yesterday", cora))).isEqualTo("asOf");
        assertThat(problemField(api.post("/api/v1/me/coaches", ada, """
                {"coachEmail": "not an address", "shareTimeline": false}"""))).isEqualTo("coachEmail");
    }

    @Test
    void aNulInTheCoachsAddressIsRefusedAndNothingIsStored() {
        long before = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();

        Reply reply = api.post("/api/v1/me/coaches", ada, """
                {"coachEmail": "%s", "shareTimeline": true}""".formatted(cora.email().replace("@", "\\u0000@")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(problemField(reply)).isEqualTo("coachEmail");
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCandidateSeesTheSameFiguresOverTheirOwnHistoryFlaggedWhenFew() {
        JsonNode own = api.get("/api/v1/me/insights/response-rates?within=14", ada).body();

        JsonNode prompt = group(own, "WITHIN_24H");
        assertThat(prompt.get("suppressed").asBoolean()).isFalse();
        assertThat(prompt.get("interviews").asInt()).isEqualTo(2);
        assertThat(prompt.get("replied").asInt()).isEqualTo(2);
        assertThat(prompt.get("fewInterviews").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/me/insights/outcomes", ada).body().get("months").get(0).get("opportunities").asInt())
                .isEqualTo(5);
        assertThat(api.get("/api/v1/me/insights/time-to-reply?asOf=2026-06-01", ada).body().get("groups"))
                .noneMatch(group -> group.get("suppressed").asBoolean());
    }

    @Test
    void aRetractedReplyNoLongerCountsAnywhere() {
        Recorded offer = interview(ada, 1, "EMAIL", 2, "OFFER", null, 0);
        OutcomeFactsCaughtUp.await(jdbc);
        JsonNode before = group(api.get("/api/v1/me/insights/response-rates?within=14", ada).body(), "WITHIN_24H");
        assertThat(List.of(before.get("interviews").asInt(), before.get("replied").asInt())).containsExactly(3, 3);

        assertThat(api.post(offer.base() + "/corrections", ada, """
                {"sequence": %d, "reason": "that was another company"}""".formatted(offer.replySequence())).status())
                .isEqualTo(201);
        OutcomeFactsCaughtUp.await(jdbc);

        JsonNode after = group(api.get("/api/v1/me/insights/response-rates?within=14", ada).body(), "WITHIN_24H");
        assertThat(List.of(after.get("interviews").asInt(), after.get("replied").asInt())).containsExactly(3, 2);
        assertThat(api.get("/api/v1/me/insights/outcomes", ada).body().get("months").get(0).get("offer").asInt()).isZero();
    }

    @Test
    void theFactsRebuildFromTheEventsToTheSameRows() {
        List<String> before = factRows();
        TrackingEventProcessor processor = processing.eventProcessor("outcome-facts", TrackingEventProcessor.class)
                .orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(factRows()).isEmpty();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(factRows()).isEqualTo(before));
        assertThat(before).hasSizeGreaterThanOrEqualTo(17);
    }

    @Test
    void theCoachSeesDecisionDatesGoneByWithoutACheckInAndQuietSearches() {
        String opportunity = api.open(cy, "Initech", "Engineer");
        assertThat(api.post("/api/v1/opportunities/" + opportunity + "/interviews", cy, """
                {"endedAt": "2026-04-01T10:00:00Z", "interviewers": [{"name": "Bill"}],
                 "decision": {"kind": "DATE", "date": "2026-04-10"}}""").status()).isEqualTo(201);

        JsonNode exceptions = api.get("/api/v1/coach/exceptions", cora).body();

        assertThat(exceptions).extracting(node -> node.get("displayName").asString() + " " + node.get("kind").asString())
                .contains("Cy DECISION_DATE_PASSED_WITHOUT_CHECK_IN", "Ada NO_ACTIVITY", "Ben NO_ACTIVITY");
    }

    /**
     * Records one interview ({@code ++day} March 2026, 10:00 UTC) as its own opportunity, with a thank-you after
     * {@code thanksAfterHours}, a reply after {@code replyAfterDays} and a closing after {@code closeAfterDays}.
     */
    private Recorded interview(Caller who, @Nullable Integer thanksAfterHours, @Nullable String channel,
                               @Nullable Integer replyAfterDays, @Nullable String replyKind, @Nullable String closeAs,
                               int closeAfterDays) {
        day++;
        Instant ended = Instant.parse("2026-03-02T10:00:00Z").plus(Duration.ofDays(day));
        Reply opened = api.post("/api/v1/opportunities", who, """
                {"company": "Company %d", "role": "Engineer", "openedAt": "%s"}""".formatted(day, ended.minus(Duration.ofDays(7))));
        String base = "/api/v1/opportunities/" + opened.body().get("id").asString();
        Reply interview = api.post(base + "/interviews", who, """
                {"endedAt": "%s", "interviewers": [{"name": "Grace Hopper"}], "decision": {"kind": "NONE"}}"""
                .formatted(ended));
        assertThat(interview.status()).isEqualTo(201);
        if (thanksAfterHours != null) {
            assertThat(api.post(base + "/thank-yous", who, """
                    {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "%s", "sentAt": "%s",
                     "message": "a private thank-you text"}"""
                    .formatted(interview.body().get("interviewId").asString(), channel,
                            ended.plus(Duration.ofHours(thanksAfterHours)))).status()).isEqualTo(201);
        }
        Long replySequence = null;
        if (replyAfterDays != null) {
            Reply reply = api.post(base + "/replies", who, """
                    {"receivedAt": "%s", "kind": "%s", "note": "a private note"}"""
                    .formatted(ended.plus(Duration.ofDays(replyAfterDays)), replyKind));
            assertThat(reply.status()).isEqualTo(201);
            replySequence = reply.body().get("sequence").asLong();
        }
        if (closeAs != null) {
            assertThat(api.post(base + "/close", who, """
                    {"outcome": "%s", "at": "%s"}""".formatted(closeAs, ended.plus(Duration.ofDays(closeAfterDays))))
                    .status()).isEqualTo(201);
        }
        return new Recorded(base, replySequence);
    }

    /** Where an interview's opportunity is, and the entry number of its reply if it had one. */
    private record Recorded(String base, @Nullable Long replySequence) {
    }

    private List<String> factRows() {
        return jdbc.sql("SELECT concat_ws('|', interview_id, candidate_id, first_round, ended_at, thank_you_timing, "
                        + "thank_you_channel, check_ins, first_reply_at, first_reply_kind, deadline_passed, outcome, closed_at) "
                        + "FROM outcome_fact ORDER BY interview_id")
                .query(String.class).list();
    }

    private static JsonNode group(JsonNode answer, String name) {
        return StreamSupport.stream(answer.get("groups").spliterator(), false)
                .filter(group -> group.get("group").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + name + " in " + answer));
    }

    private static void rate(JsonNode group, int interviews, int replied, double low, double high) {
        assertThat(group.get("suppressed").asBoolean()).isFalse();
        assertThat(group.get("interviews").asInt()).isEqualTo(interviews);
        assertThat(group.get("replied").asInt()).isEqualTo(replied);
        assertThat(group.get("rate").asDouble()).isCloseTo((double) replied / interviews, within(1e-9));
        assertThat(group.get("ciLow").asDouble()).isCloseTo(low, within(0.0005));
        assertThat(group.get("ciHigh").asDouble()).isCloseTo(high, within(0.0005));
    }

    private static List<org.assertj.core.groups.Tuple> steps(JsonNode curve) {
        List<org.assertj.core.groups.Tuple> steps = new ArrayList<>();
        curve.get("steps").forEach(step -> steps.add(tuple(step.get("day").asInt(), step.get("atRisk").asInt(),
                step.get("replies").asInt())));
        return steps;
    }

    private static Set<String> fieldNames(JsonNode node) {
        return Set.copyOf(node.propertyNames());
    }

    private static String problemField(Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.body().get("field").asString();
    }
}
