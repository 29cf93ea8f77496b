package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.OutcomeFactsCaughtUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 11, replayed with the production settings (threshold five candidates, epsilon 0.5): a coach
 * with six sharing candidates asks for two windows that differ by one candidate's single interview, which got a
 * reply. Before, the answers were 6 interviews / 3 replies and 5 / 2, and the difference told on that interview.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class CoachDifferencingTest {

    private static final String RATES = "/api/v1/coach/response-rates?within=14";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    Caller cora;
    Caller otto;
    Caller solo;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cora = api.signUp("Cora", "Europe/Berlin", "DE-BY", "COACH");
        otto = api.signUp("Otto", "Europe/Berlin", "DE-BY", "COACH");
        // five candidates with one interview each in early September, two of them answered; all thanked within 24 h
        for (int i = 0; i < 5; i++) {
            Caller candidate = share(api.candidate("Early" + i), cora);
            interview(candidate, "2026-09-0" + (2 + i) + "T10:00:00Z", i < 2);
        }
        // the one the coach is curious about: a single interview on 20 September that got a reply
        Caller target = share(api.candidate("Target"), cora);
        interview(target, "2026-09-20T10:00:00Z", true);
        // one person with five interviews: five interviews, but one candidate
        solo = share(api.candidate("Solo"), otto);
        for (int i = 0; i < 5; i++) {
            interview(solo, "2026-09-1" + i + "T10:00:00Z", true);
        }
        OutcomeFactsCaughtUp.await(jdbc);
    }

    @Test
    void windowsThatDifferByOneInterviewInsideAMonthGiveTheSameAnswer() {
        JsonNode with = api.get(RATES + "&from=2026-09-01&to=2026-09-25", cora).body();
        JsonNode without = api.get(RATES + "&from=2026-09-01&to=2026-09-15", cora).body();

        assertThat(counts(with)).isEqualTo(counts(without));
        assertThat(with.get("groups")).isEqualTo(without.get("groups"));
        assertThat(with.get("window").get("from").asString()).isEqualTo("2026-09");
        assertThat(with.get("window").get("to").asString()).isEqualTo("2026-09");
        assertThat(with.get("window").get("roundedOut").asBoolean()).isTrue();
        JsonNode byMonths = api.get(RATES + "&from=2026-09&to=2026-09", cora).body();
        assertThat(byMonths.get("groups")).isEqualTo(with.get("groups"));
        assertThat(byMonths.get("window").get("roundedOut").asBoolean()).isFalse();
    }

    @Test
    void askingAgainGivesTheSameNoiseAndDifferentWindowsGiveIndependentNoise() {
        List<List<Integer>> seen = new ArrayList<>();
        Set<List<Integer>> distinct = new HashSet<>();
        for (int month = 1; month <= 9; month++) {
            String window = "&from=2026-%02d&to=2026-09".formatted(month);
            List<Integer> first = counts(api.get(RATES + window, cora).body());
            List<Integer> again = counts(api.get(RATES + window, cora).body());
            assertThat(again).as("the same question, asked again").isEqualTo(first);
            seen.add(first);
            distinct.add(first);
        }
        // every window holds the same six interviews (6 / 3): exact counts would be the same nine times over
        assertThat(distinct).as("noisy counts per window %s", seen).hasSizeGreaterThan(1);
        assertThat(seen).as("no window answers the exact truth for every count").anySatisfy(
                counts -> assertThat(counts).isNotEqualTo(List.of(6, 3)));
    }

    @Test
    void aGroupIsCountedInPeopleSoOnePersonsFiveInterviewsAreWithheld() {
        JsonNode solo = api.get(RATES + "&from=2026-09&to=2026-09", otto).body();

        assertThat(solo.get("groups")).allSatisfy(group -> {
            assertThat(group.get("suppressed").asBoolean()).isTrue();
            assertThat(group.has("interviews")).isFalse();
        });
        assertThat(api.get("/api/v1/coach/time-to-reply?asOf=2026-11-01", otto).body().get("groups"))
                .allSatisfy(group -> assertThat(group.get("suppressed").asBoolean()).isTrue());
        assertThat(api.get("/api/v1/coach/outcomes", otto).body().get("months"))
                .allSatisfy(month -> assertThat(month.get("suppressed").asBoolean()).isTrue());
    }

    @Test
    void theCandidateStillSeesTheirOwnExactDays() {
        JsonNode own = api.get("/api/v1/me/insights/response-rates?within=14&from=2026-09-10&to=2026-09-11",
                solo).body();
        JsonNode prompt = StreamSupport.stream(own.get("groups").spliterator(), false)
                .filter(group -> group.get("group").asString().equals("WITHIN_24H")).findFirst().orElseThrow();
        assertThat(prompt.get("interviews").asInt()).isEqualTo(2);
        assertThat(own.has("window")).isFalse();
    }

    private Caller share(Caller candidate, Caller coach) {
        assertThat(api.shareWithCoach(candidate, coach.email(), false).status()).isEqualTo(200);
        return candidate;
    }

    /** The interviews and replies of the thanked-within-24-hours group, the one all these interviews are in. */
    private static List<Integer> counts(JsonNode rates) {
        JsonNode prompt = StreamSupport.stream(rates.get("groups").spliterator(), false)
                .filter(group -> group.get("group").asString().equals("WITHIN_24H")).findFirst().orElseThrow();
        assertThat(prompt.get("suppressed").asBoolean()).as("six people are enough to show").isFalse();
        return List.of(prompt.get("interviews").asInt(), prompt.get("replied").asInt());
    }

    private void interview(Caller who, String endedAt, boolean replied) {
        Instant ended = Instant.parse(endedAt);
        Api.Reply opened = api.post("/api/v1/opportunities", who, """
                {"company": "Company", "role": "Engineer", "openedAt": "2026-08-01T10:00:00Z"}""");
        assertThat(opened.status()).isEqualTo(201);
        String base = "/api/v1/opportunities/" + opened.body().get("id").asString();
        Api.Reply interview = api.post(base + "/interviews", who, """
                {"endedAt": "%s", "interviewers": [{"name": "Grace Hopper"}], "decision": {"kind": "NONE"}}"""
                .formatted(ended));
        assertThat(interview.status()).isEqualTo(201);
        assertThat(api.post(base + "/thank-yous", who, """
                {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "%s"}"""
                .formatted(interview.body().get("interviewId").asString(), ended.plusSeconds(3600))).status())
                .isEqualTo(201);
        if (replied) {
            assertThat(api.post(base + "/replies", who, """
                    {"receivedAt": "%s", "kind": "UPDATE"}""".formatted(ended.plusSeconds(3 * 86400))).status())
                    .isEqualTo(201);
        }
    }
}
