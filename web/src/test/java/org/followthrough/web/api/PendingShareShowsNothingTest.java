package org.followthrough.web.api;

import org.followthrough.application.coaching.SharedTimelines;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.followthrough.web.OutcomeFactsCaughtUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11.2: a share is pending until the candidate confirms the coach's display name, and while it is pending the
 * coach sees nothing of that candidate (not in the list, not in the figures, not the timeline), exactly as if it had
 * never been asked for. The lowest group size (three candidates) and noise-free figures, so that one candidate more
 * or less is visible in the numbers: two confirmed candidates are withheld, three are shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"followthrough.analytics.min-group-size=3", "followthrough.analytics.epsilon=50"})
@FreshDatabase
class PendingShareShowsNothingTest {

    private static final String RATES = "/api/v1/coach/response-rates?within=14";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SharedTimelines timelines;

    Api api;
    Caller cora;
    Caller ada;
    Caller ben;
    Caller cy;
    int day;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cora = api.signUp("Cora", "Europe/Berlin", "DE-BY", "COACH");
        ada = api.candidate("Ada");
        ben = api.candidate("Ben");
        cy = api.candidate("Cy");
        interview(ada);
        interview(ben);
        interview(cy);
        api.shareWithCoach(ada, cora.email(), false);
        api.shareWithCoach(ben, cora.email(), false);
        OutcomeFactsCaughtUp.await(jdbc);
    }

    @Test
    void aPendingShareShowsTheCoachNothingUntilTheCandidateConfirmsTheName() {
        Reply asked = ask(cy);

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(asked.body().get("coachName").asString()).isEqualTo("Cora");
        assertThat(asked.body().get("coachEmail").asString()).isEqualTo(cora.email());
        assertThat(asked.body().get("confirm").asString()).endsWith("/api/v1/me/coaches/" + cora.email() + "/confirmation");
        JsonNode mine = api.get("/api/v1/me/coaches", cy).body();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("PENDING");
        assertThat(mine.get(0).get("coachName").asString()).isEqualTo("Cora");
        assertCoachSeesNothingOfCy();

        Reply confirmed = confirm(cy, "Cora");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(confirmed.body().get("confirm").isNull()).isTrue();
        assertThat(candidatesOfCora()).containsExactlyInAnyOrder("Ada", "Ben", "Cy");
        JsonNode prompt = prompt(api.get(RATES, cora).body());
        assertThat(prompt.get("suppressed").asBoolean()).isFalse();
        assertThat(prompt.get("interviews").asInt()).isEqualTo(3);
        assertThat(timelines.of(cora.email(), CandidateId.of(cy.id())).candidate().displayName()).isEqualTo("Cy");

        assertThat(confirm(cy, "Cora").status()).as("confirming twice is harmless").isEqualTo(200);
        assertThat(api.get("/api/v1/me/coaches", cy).body().get(0).get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aCoachRenamedInBetweenIsNotConfirmedByTheOldNameAndTheShareStaysPending() {
        ask(cy);
        jdbc.sql("UPDATE account SET display_name = 'Mallory' WHERE id = ?").param(cora.id()).update();

        Reply refused = confirm(cy, "Cora");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("field").asString()).isEqualTo("coachName");
        assertThat(refused.body().get("currentCoachName").asString()).isEqualTo("Mallory");
        assertThat(refused.body().get("detail").asString()).contains("now called 'Mallory'");
        assertThat(api.get("/api/v1/me/coaches", cy).body().get(0).get("status").asString()).isEqualTo("PENDING");
        assertCoachSeesNothingOfCy();

        assertThat(confirm(cy, "Mallory").status()).isEqualTo(200);
        assertThat(candidatesOfCora()).contains("Cy");
    }

    @Test
    void revokingAPendingShareDropsItAndNothingIsLeftToConfirm() {
        ask(cy);

        assertThat(api.delete("/api/v1/me/coaches/" + cora.email(), cy).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/me/coaches", cy).body().size()).isZero();
        Reply none = confirm(cy, "Cora");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertCoachSeesNothingOfCy();
    }

    @Test
    void confirmingWhatWasNeverAskedForIsNotFoundAndABlankNameIsRefused() {
        assertThat(confirm(cy, "Cora").status()).isEqualTo(404);
        ask(cy);
        Reply blank = confirm(cy, " ");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("field").asString()).isEqualTo("coachName");
        assertCoachSeesNothingOfCy();
    }

    /** As if Cy had never asked: not listed, not counted (two candidates are below the group size), no timeline. */
    private void assertCoachSeesNothingOfCy() {
        assertThat(candidatesOfCora()).containsExactlyInAnyOrder("Ada", "Ben");
        assertThat(prompt(api.get(RATES, cora).body()).get("suppressed").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/coach/exceptions", cora).body())
                .noneMatch(flag -> flag.get("displayName").asString().equals("Cy"));
        assertThatThrownBy(() -> timelines.of(cora.email(), CandidateId.of(cy.id()))).isInstanceOf(NotFound.class);
    }

    private java.util.List<String> candidatesOfCora() {
        return StreamSupport.stream(api.get("/api/v1/coach/candidates", cora).body().spliterator(), false)
                .map(candidate -> candidate.get("displayName").asString()).toList();
    }

    private Reply ask(Caller candidate) {
        return api.post("/api/v1/me/coaches", candidate, """
                {"coachEmail": "%s", "shareTimeline": true}""".formatted(cora.email()));
    }

    private Reply confirm(Caller candidate, String coachName) {
        return api.post("/api/v1/me/coaches/" + cora.email() + "/confirmation", candidate, """
                {"coachName": "%s"}""".formatted(coachName));
    }

    private static JsonNode prompt(JsonNode rates) {
        return StreamSupport.stream(rates.get("groups").spliterator(), false)
                .filter(group -> group.get("group").asString().equals("WITHIN_24H")).findFirst().orElseThrow();
    }

    /** One interview thanked an hour after it ended and answered two days later. */
    private void interview(Caller who) {
        day++;
        Instant ended = Instant.parse("2026-03-02T10:00:00Z").plus(Duration.ofDays(day));
        String base = "/api/v1/opportunities/" + api.open(who, "Company " + day, "Engineer");
        Reply interview = api.post(base + "/interviews", who, """
                {"endedAt": "%s", "interviewers": [{"name": "Grace Hopper"}], "decision": {"kind": "NONE"}}""".formatted(ended));
        api.post(base + "/thank-yous", who, """
                {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "%s",
                 "message": "thanks"}""".formatted(interview.body().get("interviewId").asString(),
                ended.plus(Duration.ofHours(1))));
        api.post(base + "/replies", who, """
                {"receivedAt": "%s", "kind": "UPDATE"}""".formatted(ended.plus(Duration.ofDays(2))));
    }
}
