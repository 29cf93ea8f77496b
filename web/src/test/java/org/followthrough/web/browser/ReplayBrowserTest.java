package org.followthrough.web.browser;

import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replaying the history in a real browser: after a reply ended the wait, moving the timeline back to a day before it
 * brings the check-in that was due then back into view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class ReplayBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void movingTheTimelineBackBeforeTheReplyBringsTheStatusCheckBack() {
        try (Browser browser = new Browser(port, 1280, 1100)) {
            browser.signUpAsAda()
                    .go("a[href='/opportunities/new']")
                    .type("#company", "Acme").type("#role", "Backend Engineer").setValue("#openedOn", "2026-03-01")
                    .go("main button[type=submit]");
            browser.setValue("#day", "2026-03-10").setValue("#startTime", "14:00").setValue("#endTime", "15:00")
                    .type("#name0", "Grace Hopper")
                    .click("input[name=decision][value=DATE]").setValue("#decisionDate", "2026-03-20")
                    .go("main button[type=submit]");

            // the thank-you, months late (so it is listed as missed, not as a card): recorded through its form, today
            String opportunity = browser.find("article[data-rule=STATUS_CHECK] .meta a").getAttribute("href")
                    .replaceAll(".*/opportunities/", "");
            browser.open("/opportunities/" + opportunity + "/thank-yous/new")
                    .type("#interviewer", "Grace Hopper")
                    .go("main button[type=submit]");
            assertThat(browser.text()).contains("Recorded your thank-you to Grace Hopper.");

            // their reply: another round
            browser.open("/opportunities/" + opportunity + "/replies/new")
                    .click("input[name=kind][value=NEXT_ROUND]")
                    .setValue("#receivedAt", "2026-03-18T10:00")
                    .go("main button[type=submit]");
            assertThat(browser.has("article[data-rule=STATUS_CHECK]")).isFalse();

            browser.go("a[href='/timeline']");
            assertThat(browser.find("#open-at").getText()).doesNotContain("Check in with Acme");
            assertThat(browser.text()).contains("They invited you to another round");

            browser.setValue("#asOf", "2026-03-17").go("form.filters button[type=submit]");

            assertThat(browser.find("#open-at").getText())
                    .contains("To do as it stood then")
                    .contains("Check in with Acme on where things stand — due Monday 23 March 2026");
            // the thank-you was recorded today, in one click, so on 17 March it was still to do
            assertThat(browser.find("#open-at").getText()).contains("Thank Grace Hopper for the interview — overdue");
            assertThat(browser.text()).doesNotContain("They invited you to another round");
            browser.screenshot("timeline-as-of");

            // and step through the opportunity's history one entry at a time
            browser.go(browser.driver().findElement(By.linkText("entry #1")));
            assertThat(browser.find("#step").getText()).contains("After entry #1 (of ").contains("Round 1 interview")
                    .contains("Thank Grace Hopper for the interview");
            browser.go("#step a[rel=next]");
            assertThat(browser.find("#step").getText()).contains("After entry #2 (of ");
            browser.screenshot("opportunity-step");
        }
    }
}
