package org.followthrough.web.browser;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.followthrough.web.OutcomeFactsCaughtUp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A coach in a real browser: the charts are drawn, the tables under them hold the numbers, small groups are withheld. */
// the lowest threshold (three candidates) and epsilon so large the noise is exactly zero: the hand-worked numbers show
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.analytics.min-group-size=3", "followthrough.analytics.epsilon=50"})
@FreshDatabase
class CoachBrowserTest {

    /** Counts the canvas pixels that are not blank, so a chart registered but never painted does not pass. */
    private static final String PAINTED = """
            var canvas = document.getElementById(arguments[0]);
            var chart = window.Chart && Chart.getChart(canvas);
            if (!chart) { return -1; }
            var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            var painted = 0;
            for (var i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }
            return painted;""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    int day;

    @Test
    void theCoachSeesChartsWithTheSameNumbersInTablesAndSmallGroupsWithheld() {
        api = new Api(port);
        Caller cora = api.signUp("Cora", "Europe/Berlin", "DE-BY", "COACH");
        Caller otto = api.signUp("Otto", "Europe/Berlin", "DE-BY", "COACH");
        Caller ada = api.candidate("Ada");
        Caller ben = api.candidate("Ben");
        Caller cy = api.candidate("Cy");
        api.shareWithCoach(ada, cora.email(), true);
        api.shareWithCoach(ben, cora.email(), false);
        interview(ada, 2, 3, null);
        interview(ada, 3, 5, null);
        interview(ben, 1, 5, "ACCEPTED_OFFER");
        interview(ben, 20, 10, null);
        interview(cy, 5, null, "GHOSTED");
        interview(cy, 2, null, null);
        interview(ada, 48, 20, null);
        interview(ben, 30, 7, "REJECTED");
        interview(cy, 72, null, "WITHDRAWN");
        interview(cy, 26, 2, null);
        interview(ada, 50, null, null);
        interview(ben, null, 4, null);
        OutcomeFactsCaughtUp.await(jdbc);
        try (Browser browser = new Browser(port, 1280, 2400)) {
            signIn(browser, cy);
            browser.open("/insights#sharing").type("#coachEmail", cora.email()).click("#sharing form.stacked button[type=submit]");
            assertThat(browser.find("#confirm-share-question strong").getText()).isEqualTo("Share with Cora (" + cora.email() + ")?");
            assertThat(api.get("/api/v1/coach/candidates", cora).body().size()).as("pending: Cora sees nothing").isEqualTo(2);
            browser.click("#confirm-share-button");
            assertThat(browser.find("#sharing .notice").getText()).contains("now shared with Cora");
            assertThat(browser.has("#confirm-share")).isFalse();
        }

        try (Browser browser = new Browser(port, 1280, 2600)) {
            signIn(browser, cora);
            assertThat(browser.path()).isEqualTo("/coach");
            browser.open("/coach?within=14&from=2026-03-01&to=2026-03-31");

            for (String chart : new String[] {"rates-chart", "curves-chart", "outcomes-chart"}) {
                Number painted = (Number) ((JavascriptExecutor) browser.driver()).executeScript(PAINTED, chart);
                assertThat(painted.longValue()).as("painted pixels of %s", chart).isGreaterThan(1000);
            }
            assertThat(browser.find("#response-rates tr[data-group=WITHIN_24H]").getText())
                    .contains("Thanked within 24 hours", "6", "4", "67 %", "30 % to 90 %");
            assertThat(browser.find("#response-rates tr[data-group=NONE]").getText()).contains("withheld");
            assertThat(browser.find("#outcomes tr[data-month='2026-03']").getText()).contains("March 2026", "12");
            assertThat(browser.find("#exceptions").getText()).contains("Ben", "a thank-you is overdue");
            assertThat(browser.text()).doesNotContain("a private thank-you text");
            browser.screenshot("coach");

            browser.open("/coach/candidates/" + ada.id() + "/timeline");
            assertThat(browser.text()).contains("Ada's timeline", "Thanked Grace Hopper")
                    .doesNotContain("a private thank-you text");
            browser.screenshot("coach-timeline");
            browser.open("/coach/candidates/" + ben.id() + "/timeline");
            assertThat(browser.text()).doesNotContain("Ben's timeline");
        }
        try (Browser browser = new Browser(port, 1280, 1200)) {
            signIn(browser, otto);
            assertThat(browser.text()).contains("No one shares with you yet");
            assertThat(browser.find("#response-rates tr[data-group=WITHIN_24H]").getText()).contains("withheld");
            browser.open("/coach/candidates/" + ada.id() + "/timeline");
            assertThat(browser.text()).doesNotContain("Ada's timeline");
        }
        try (Browser browser = new Browser(port, 1280, 2400)) {
            signIn(browser, ada);
            browser.open("/insights?within=14");
            assertThat(browser.find("#response-rates tr[data-group=WITHIN_24H]").getText()).containsIgnoringCase("few");
            Number painted = (Number) ((JavascriptExecutor) browser.driver()).executeScript(PAINTED, "curves-chart");
            assertThat(painted.longValue()).isGreaterThan(1000);
            browser.screenshot("insights");
        }
    }

    private static void signIn(Browser browser, Caller who) {
        browser.open("/login").type("#email", who.email()).type("#password", who.password()).click("main button[type=submit]");
    }

    /** One interview as its own opportunity, ending on {@code ++day} March 2026 at 10:00 UTC. */
    private void interview(Caller who, @Nullable Integer thanksAfterHours, @Nullable Integer replyAfterDays,
                           @Nullable String closeAs) {
        day++;
        Instant ended = Instant.parse("2026-03-02T10:00:00Z").plus(Duration.ofDays(day));
        String base = "/api/v1/opportunities/" + api.open(who, "Company " + day, "Engineer");
        Reply interview = api.post(base + "/interviews", who, """
                {"endedAt": "%s", "interviewers": [{"name": "Grace Hopper"}], "decision": {"kind": "NONE"}}""".formatted(ended));
        if (thanksAfterHours != null) {
            api.post(base + "/thank-yous", who, """
                    {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "%s",
                     "message": "a private thank-you text"}"""
                    .formatted(interview.body().get("interviewId").asString(), ended.plus(Duration.ofHours(thanksAfterHours))));
        }
        if (replyAfterDays != null) {
            api.post(base + "/replies", who, """
                    {"receivedAt": "%s", "kind": "UPDATE"}""".formatted(ended.plus(Duration.ofDays(replyAfterDays))));
        }
        if (closeAs != null) {
            api.post(base + "/close", who, """
                    {"outcome": "%s", "at": "%s"}""".formatted(closeAs, ended.plus(Duration.ofDays(25))));
        }
    }
}
