package org.followthrough.web.pages;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordInterviewNotes;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 item 14: following up by phone, the draft page shows a call plan instead of a letter, and a second call
 * made from it within the spacing is recorded with the cadence check's warning.
 */
@SpringBootTest
@AutoConfigureMockMvc
@FreshDatabase
class CallPlanPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    SettingsService settings;
    @Autowired
    CommandGateway commands;
    @Autowired
    ReadYourWrites readYourWrites;

    Account ada;
    OpportunityId acme;
    InterviewId interview;

    /** Tuesday 10 March 2026 with Grace Hopper; they said they would decide by Friday 20 March. */
    @BeforeEach
    void setUp() {
        ada = accounts.signUp(new SignUp("ada-" + UUID.randomUUID() + "@example.com", "a long enough password", "Ada",
                "Europe/Berlin", "DE-BY", Role.CANDIDATE));
        settings.changeSignature(ada.candidateId(), new Signature("+49 30 1234567", null, null));
        acme = OpportunityId.of(UUID.randomUUID());
        interview = InterviewId.of(UUID.randomUUID());
        commands.sendAndWait(new OpenOpportunity(acme, ada.candidateId(), "Acme", "Backend Engineer",
                Instant.parse("2026-03-01T09:00:00Z")));
        commands.sendAndWait(new RecordInterview(acme, ada.candidateId(), interview, null,
                Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:00:00Z"),
                List.of(new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example")),
                DecisionTimeline.by(LocalDate.of(2026, 3, 20)), ZoneId.of("Europe/Berlin")));
        commands.sendAndWait(new RecordInterviewNotes(acme, ada.candidateId(), interview, null, null, null,
                "whether the team is on call", List.of(new InterviewerNotes("Grace Hopper",
                "We compared ways of moving the billing jobs onto a queue."))));
        await().atMost(Duration.ofSeconds(10)).until(() -> readYourWrites.awaitVisible(acme, 3));
    }

    @Test
    void byPhoneThePageShowsACallPlanNotALetter() throws Exception {
        mvc.perform(get("/opportunities/" + acme + "/drafts").with(user(new SignedInUser(ada)))
                        .param("action", checkIn(1)).param("channel", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h2>Call plan</h2>"),
                        containsString("<li>Grace Hopper (Engineering Manager)</li>"),
                        containsString("Your interview on Tuesday 10 March with Grace Hopper."),
                        containsString("What they said about their timeline: by Friday 20 March."),
                        containsString("moving the billing jobs onto a queue"),
                        containsString("+49 30 1234567"),
                        containsString("<option value=\"PHONE\" selected>"),
                        containsString("value=\"called\""),
                        not(containsString("<textarea id=\"body\"")),
                        not(containsString("Open in your e-mail app")))));
    }

    @Test
    void byEmailThePageStillShowsTheLetterAndOffersThePhone() throws Exception {
        mvc.perform(get("/opportunities/" + acme + "/drafts").with(user(new SignedInUser(ada)))
                        .param("action", checkIn(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<textarea id=\"body\""),
                        containsString("<option value=\"PHONE\">Phone</option>"),
                        not(containsString("<h2>Call plan</h2>")))));
    }

    @Test
    void aSecondCallWithinTheSpacingIsRecordedWithAWarning() throws Exception {
        mvc.perform(post("/opportunities/" + acme + "/drafts").with(csrf()).with(user(new SignedInUser(ada)))
                        .param("action", checkIn(1)).param("channel", "PHONE").param("intent", "called"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attributeCount(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/opportunities/" + acme + "/drafts").with(user(new SignedInUser(ada)))
                                .param("action", checkIn(2)).param("channel", "PHONE"))
                        .andExpect(status().isOk()));

        mvc.perform(post("/opportunities/" + acme + "/drafts").with(csrf()).with(user(new SignedInUser(ada)))
                        .param("action", checkIn(2)).param("channel", "PHONE").param("intent", "called"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("warnings", hasItem(containsString("You already called them on"))));
    }

    private String checkIn(int number) {
        return "STATUS_CHECK:" + interview + ":" + number;
    }
}
