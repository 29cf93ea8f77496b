package org.followthrough.web.browser;

import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate, in a real browser, from signing up to a thank-you drafted, checked and marked as sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class DashboardBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @LocalServerPort
    int port;

    @Test
    void fromSignUpToAThankYouMarkedAsSent() {
        // two days ago: the thank-yous are overdue but still worth sending (issue 10: older ones are listed as missed)
        LocalDate interviewDay = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(2);
        try (Browser browser = new Browser(port, 1280, 1000)) {
            // the browser speaks British English: the region starts as the United Kingdom, chosen from a list by name
            browser.open("/signup");
            assertThat(new Select(browser.find("#region")).getFirstSelectedOption().getAttribute("value")).isEqualTo("GB");
            browser.screenshot("signup");
            browser.signUpAsAda();
            assertThat(browser.text()).contains("Start with an opportunity");

            browser.go("a[href='/opportunities/new']")
                    .type("#company", "Acme")
                    .type("#role", "Backend Engineer")
                    .setValue("#openedOn", interviewDay.minusDays(9).toString())
                    .go("main button[type=submit]");
            assertThat(browser.text()).contains("Record an interview").contains("Backend Engineer at Acme");

            browser.setValue("#day", interviewDay.toString()).setValue("#startTime", "14:00").setValue("#endTime", "15:00")
                    .type("#name0", "Grace Hopper").type("#title0", "Engineering Manager").type("#email0", "grace@acme.example")
                    .type("#name1", "Alan Turing")
                    .click("input[name=decision][value=DATE]")
                    .setValue("#decisionDate", interviewDay.plusDays(10).toString())
                    .go("main button[type=submit]");

            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.find("#overdue").getText())
                    .contains("Thank Grace Hopper for the interview")
                    .contains("within 24 hours means by " + DAY.format(interviewDay.plusDays(1)) + ", 15:00");
            browser.screenshot("dashboard-desktop");

            browser.go(browser.driver().findElements(By.cssSelector("article[data-rule=THANK_YOU]")).stream()
                    .filter(card -> card.getText().contains("Thank Grace Hopper"))
                    .findFirst().orElseThrow()
                    .findElement(By.linkText("Draft it")));
            assertThat(browser.find("#body").getAttribute("value")).startsWith("Dear Grace,");
            browser.screenshot("draft");
            browser.go("button[name=intent][value=send]");

            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text()).contains("Marked as sent: Thank Grace Hopper for the interview.");
            assertThat(browser.find("#overdue").getText()).doesNotContain("Thank Grace Hopper")
                    .contains("Thank Alan Turing for the interview");
            browser.screenshot("dashboard-after");

            // one click: the card's button posts through the page's one shared form, with its CSRF token
            browser.go(browser.driver().findElements(By.cssSelector("article[data-rule=THANK_YOU]")).stream()
                    .filter(card -> card.getText().contains("Thank Alan Turing"))
                    .findFirst().orElseThrow()
                    .findElement(By.tagName("button")));
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text()).doesNotContain("Thank Alan Turing for the interview");
        }
        try (Browser phone = new Browser(port, 390, 1400)) {
            phone.open("/");
            assertThat(phone.path()).isEqualTo("/");
        }
    }
}
