package org.followthrough.web.browser;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A candidate makes their calendar feed on the settings page, copies its address, and a calendar app reads it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class CalendarFeedBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theFeedAddressCopiedFromSettingsServesTheCandidatesActions() throws Exception {
        String url;
        try (Browser browser = new Browser(port, 1280, 1000)) {
            browser.signUpAsAda();
            browser.go("a[href='/opportunities/new']")
                    .type("#company", "Acme")
                    .type("#role", "Backend Engineer")
                    .setValue("#openedOn", LocalDate.now().minusDays(3).toString())
                    .go("main button[type=submit]");
            // yesterday's interview: its thank-you is still worth doing, so it is in the feed
            browser.setValue("#day", LocalDate.now().minusDays(1).toString()).setValue("#startTime", "14:00").setValue("#endTime", "15:00")
                    .type("#name0", "Grace Hopper")
                    .click("input[name=decision][value=DATE]")
                    .setValue("#decisionDate", LocalDate.now().plusDays(10).toString())
                    .go("main button[type=submit]");

            browser.open("/settings");
            assertThat(browser.text()).contains("Mail is off on this server").doesNotContain("Your feed's address");
            browser.go("#makeFeed");

            assertThat(browser.path()).startsWith("/settings");
            assertThat(browser.text()).contains("Google Calendar", "Apple Calendar", "Outlook");
            browser.click("[data-copy-button]");
            await().until(() -> browser.find("[data-copy-button]").getText().equals("Copied"));
            url = browser.find("#feedUrl").getAttribute("value");
            browser.screenshot("settings-calendar-feed");

            browser.open("/settings");
            assertThat(browser.has("#feedUrl")).as("the address is shown once").isFalse();
            assertThat(browser.text()).contains("You have a feed since");
        }

        assertThat(url).startsWith("http://localhost:" + port + "/calendar/").endsWith(".ics");
        HttpResponse<String> feed = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        assertThat(calendar.getEvents()).extracting(VEvent::getSummary).extracting(summary -> summary.getValue())
                .anySatisfy(summary -> assertThat(summary).contains("Thank Grace Hopper"));
    }
}
