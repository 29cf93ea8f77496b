package org.followthrough.web.browser;

import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's journey in a real browser, on a clock the test moves forward: an interview scheduled through the form for
 * the day after tomorrow, the reminder to prepare the day before, "did it take place?" after its end answered with the
 * pre-filled form, notes per interviewer, and a thank-you draft for each that differs from the other, draws on that
 * person's own notes and passes the checks, also after the first was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class UpcomingInterviewBrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** How far the app's clock is ahead of the real one; it only ever moves forward. */
    private static final AtomicReference<Duration> AHEAD = new AtomicReference<>(Duration.ZERO);

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public Instant instant() {
                    return Instant.now().plus(AHEAD.get());
                }

                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(instant(), zone);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Test
    void scheduleThenPrepareThenConfirmItWasHeldThenNotesPerInterviewerMakeTwoDifferentThankYous() throws IOException {
        LocalDate interviewDay = LocalDate.now(BERLIN).plusDays(2);
        try (Browser browser = new Browser(port, 1280, 1200)) {
            browser.signUpAsAda();
            browser.go("a[href='/opportunities/new']")
                    .type("#company", "Acme")
                    .type("#role", "Backend Engineer")
                    .go("main button[type=submit]");
            String opportunity = browser.path().replaceFirst("^/opportunities/([^/]+)/.*$", "$1");

            browser.open("/opportunities/" + opportunity)
                    .go("a[href='/opportunities/" + opportunity + "/scheduled-interviews/new']");
            browser.setValue("#day", interviewDay.toString()).setValue("#startTime", "10:00").setValue("#endTime", "11:00")
                    .type("#name0", "Grace Hopper").type("#title0", "Engineering Manager")
                    .type("#name1", "Alan Turing").type("#title1", "Staff Engineer")
                    .go("main button[type=submit]");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text()).contains("Recorded the upcoming interview");

            // the day before, at nine in the morning: time to prepare
            moveTo(interviewDay.minusDays(1).atTime(9, 0).atZone(BERLIN).toInstant());
            browser.open("/");
            WebElement prepare = browser.find("#today article[data-rule=PREPARE]");
            assertThat(prepare.getText()).contains("Prepare for the round 1 interview at Acme")
                    .contains("Grace Hopper (Engineering Manager)").contains("what the next step is");
            // whether it took place is not asked before it could have
            assertThat(browser.has("article[data-rule=CONFIRM_HELD]")).isFalse();

            // half an hour after its scheduled end: did it take place?
            moveTo(interviewDay.atTime(11, 30).atZone(BERLIN).toInstant());
            browser.open("/");
            assertThat(browser.has("article[data-rule=PREPARE]")).as("the interview has begun; preparing is past").isFalse();
            WebElement confirm = browser.find("#overdue article[data-rule=CONFIRM_HELD]");
            keep(browser.screenshot("issue10-confirm-held"), "/tmp/issue10-confirm-held.png");
            assertThat(confirm.findElement(By.linkText("It moved")).getAttribute("href")).endsWith("/reschedule");
            assertThat(confirm.findElement(By.linkText("It was cancelled")).getAttribute("href")).endsWith("/cancel");
            browser.go(confirm.findElement(By.linkText("Record it as held")));
            String interviewId = browser.find("input[name=interviewId]").getAttribute("value");
            assertThat(browser.find("#day").getAttribute("value")).isEqualTo(interviewDay.toString());
            assertThat(browser.find("#startTime").getAttribute("value")).isEqualTo("10:00");
            assertThat(browser.find("#endTime").getAttribute("value")).isEqualTo("11:00");
            assertThat(browser.find("#round").getAttribute("value")).isEqualTo("1");
            assertThat(browser.find("#name0").getAttribute("value")).isEqualTo("Grace Hopper");
            assertThat(browser.find("#name1").getAttribute("value")).isEqualTo("Alan Turing");
            browser.click("input[name=decision][value=FEW_DAYS]").go("main button[type=submit]");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.has("article[data-rule=CONFIRM_HELD]")).isFalse();

            browser.go(browser.find("article[data-rule=NOTES]").findElement(By.linkText("Write notes")));
            assertThat(browser.find("#interviewId").getAttribute("value")).isEqualTo(interviewId);
            browser.type("#wentWell", "The system design discussion went smoothly")
                    .type("textarea[data-person='Grace Hopper']", "her team's move from batch jobs to event streaming")
                    .type("textarea[data-person='Alan Turing']", "the property-based tests he wrote for the billing engine");
            keep(browser.screenshot("issue10-notes"), "/tmp/issue10-notes.png");
            browser.go("main button[type=submit]");
            assertThat(browser.text()).contains("Saved your notes.");
            keep(browser.screenshot("issue10-dashboard"), "/tmp/issue10-dashboard.png");

            String toGrace = draftFor(browser, "Grace Hopper");
            browser.go("button[name=intent][value=check]");
            assertThat(browser.find("#problems").getText()).contains("no problems found");
            keep(browser.screenshot("issue10-draft-grace"), "/tmp/issue10-draft-grace.png");
            browser.go("button[name=intent][value=send]");
            assertThat(browser.text()).contains("Marked as sent: Thank Grace Hopper for the interview.");

            String toAlan = draftFor(browser, "Alan Turing");
            browser.go("button[name=intent][value=check]");
            assertThat(browser.find("#problems").getText()).contains("no problems found")
                    .doesNotContain("same text you already sent");

            assertThat(toGrace).isNotEqualTo(toAlan)
                    .contains("Grace").contains("event streaming").doesNotContain("billing engine");
            assertThat(toAlan).contains("Alan").contains("billing engine").doesNotContain("event streaming");
        }
    }

    /** Opens the thank-you draft for {@code person} from the dashboard and gives its text. */
    private static String draftFor(Browser browser, String person) {
        browser.open("/");
        browser.go(browser.driver().findElements(By.cssSelector("article[data-rule=THANK_YOU]")).stream()
                .filter(card -> card.getText().contains("Thank " + person))
                .findFirst().orElseThrow()
                .findElement(By.linkText("Draft it")));
        return browser.find("#body").getAttribute("value");
    }

    private static void moveTo(Instant moment) {
        AHEAD.set(Duration.between(Instant.now(), moment));
    }

    private static void keep(Path screenshot, String copy) throws IOException {
        Files.copy(screenshot, Path.of(copy), StandardCopyOption.REPLACE_EXISTING);
    }
}
