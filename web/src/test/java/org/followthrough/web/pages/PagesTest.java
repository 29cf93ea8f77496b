package org.followthrough.web.pages;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.RecordInterview;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@FreshDatabase
class PagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CommandGateway commands;
    @Autowired
    org.followthrough.application.projection.ReadYourWrites readYourWrites;
    @Autowired
    org.followthrough.application.opportunities.OpportunityEventLog eventLog;

    Account ada;

    @BeforeEach
    void setUp() {
        ada = accounts.signUp(new SignUp("ada-" + UUID.randomUUID() + "@example.com", "a long enough password", "Ada",
                "Europe/Berlin", "DE-BY", Role.CANDIDATE));
    }

    @Test
    void theHomePageSaysWhatTheAppIsAndHowToGetIn() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("after an interview"),
                        containsString("href=\"/signup\""), containsString("href=\"/login\""))));
    }

    @Test
    void theTimelineNeedsASignedInCandidate() throws Exception {
        mvc.perform(get("/timeline")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theTimelineTellsWhatHappenedInPlainWords() throws Exception {
        interviewedAtAcme();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/timeline").with(user(new SignedInUser(ada))))
                        .andExpect(status().isOk())
                        .andExpect(content().string(allOf(
                                containsString("Backend Engineer <span class=\"at\">at</span> Acme"),
                                containsString("Round 1 interview"),
                                containsString("With Grace Hopper (Engineering Manager)"),
                                containsString("From 14:00 to 15:00"),
                                containsString("They expect to decide by Friday 20 March 2026."),
                                not(containsString("InterviewHeld"))))));

        mvc.perform(get("/timeline").param("asOf", "2026-03-05").with(user(new SignedInUser(ada))))
                .andExpect(content().string(allOf(containsString("Started pursuing Backend Engineer at Acme"),
                        not(containsString("Round 1 interview")))));
    }

    @Test
    void theDashboardListsWhatIsDueWithWhyAndAOneClickWayToRecordIt() throws Exception {
        OpportunityId opportunity = interviewedAtAcme();

        mvc.perform(get("/").with(user(new SignedInUser(ada))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("What to do next"),
                        containsString("<h2 id=\"overdue-title\">Overdue"),
                        // issue 10 item 8: months on, the thank-you is no longer worth sending: collapsed under missed
                        containsString("<details class=\"card missed\" id=\"missed\">"),
                        containsString("<li data-rule=\"THANK_YOU\"><strong>Thank Grace Hopper for the interview</strong>"),
                        containsString("formaction=\"/opportunities/" + opportunity + "/close?outcome=GHOSTED\""),
                        containsString("They said Friday 20 March; one business day later is Monday 23 March."),
                        containsString("Close it as ghosted"))));
    }

    @Test
    void recordingFromTheDashboardMakesTheActionGo() throws Exception {
        OpportunityId opportunity = interviewedAtAcme();
        String interview = interviewOf(opportunity);

        mvc.perform(post("/opportunities/" + opportunity + "/thank-yous").with(csrf()).with(user(new SignedInUser(ada)))
                        .param("interviewId", interview).param("interviewer", "Grace Hopper").param("channel", "EMAIL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").with(user(new SignedInUser(ada))))
                .andExpect(content().string(allOf(not(containsString("Thank Grace Hopper for the interview")),
                        containsString("Connect with Grace Hopper on LinkedIn"))));
    }

    @Test
    void theInterviewFormShowsTheMistakeNextToTheFieldAndKeepsTheRest() throws Exception {
        OpportunityId opportunity = interviewedAtAcme();

        mvc.perform(post("/opportunities/" + opportunity + "/interviews").with(csrf()).with(user(new SignedInUser(ada)))
                        .param("day", "2026-03-12").param("startTime", "16:00").param("endTime", "15:00")
                        .param("name0", "Katherine Johnson").param("decision", "FEW_DAYS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"startedAt-error\">"),
                        containsString("is after endedAt"), containsString("value=\"Katherine Johnson\""))));
    }

    @Test
    void someoneElsesOpportunityHasNoFormsForYou() throws Exception {
        OpportunityId opportunity = interviewedAtAcme();
        Account mallory = accounts.signUp(new SignUp("mallory-" + UUID.randomUUID() + "@example.com",
                "a long enough password", "Mallory", "America/New_York", "US", Role.CANDIDATE));

        mvc.perform(get("/opportunities/" + opportunity + "/interviews/new").with(user(new SignedInUser(mallory))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Acme"))));
        mvc.perform(post("/opportunities/" + opportunity + "/replies").with(csrf()).with(user(new SignedInUser(mallory)))
                        .param("kind", "REJECTION"))
                .andExpect(status().isNotFound());
    }

    private OpportunityId interviewedAtAcme() {
        OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
        commands.sendAndWait(new OpenOpportunity(opportunity, ada.candidateId(), "Acme", "Backend Engineer",
                Instant.parse("2026-03-01T09:00:00Z")));
        commands.sendAndWait(new RecordInterview(opportunity, ada.candidateId(), InterviewId.of(UUID.randomUUID()), null,
                Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:00:00Z"),
                List.of(new Interviewer("Grace Hopper", "Engineering Manager", null)),
                DecisionTimeline.by(LocalDate.of(2026, 3, 20)), ZoneId.of("Europe/Berlin")));
        await().atMost(Duration.ofSeconds(10)).until(() -> readYourWrites.awaitVisible(opportunity, 2));
        return opportunity;
    }

    private String interviewOf(OpportunityId opportunity) {
        return eventLog.eventsOf(opportunity, ada.candidateId()).stream()
                .map(recorded -> recorded.event())
                .filter(event -> event instanceof org.followthrough.domain.opportunity.InterviewHeld)
                .map(event -> ((org.followthrough.domain.opportunity.InterviewHeld) event).interviewId().toString())
                .findFirst().orElseThrow();
    }

    @Test
    void theOpportunityPageShowsTheInterviewsWhatIsDueAndTheStreamAndStepsThroughIt() throws Exception {
        OpportunityId opportunity = interviewedAtAcme();
        String interview = interviewOf(opportunity);
        commands.sendAndWait(new org.followthrough.domain.opportunity.RecordInterviewNotes(opportunity, ada.candidateId(),
                InterviewId.of(UUID.fromString(interview)), "the system design part", null, null, "my Kafka migration"));

        mvc.perform(get("/opportunities/" + opportunity).with(user(new SignedInUser(ada))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Backend Engineer <span class=\"at\">at</span> Acme"),
                        containsString("Grace Hopper, Engineering Manager"),
                        containsString("Went well: the system design part"),
                        containsString("Forgot to say: my Kafka migration"),
                        containsString("Thank Grace Hopper for the interview — overdue"),
                        containsString("<td>InterviewHeld</td>"),
                        containsString("<td>DeadlinePassed</td>"))));

        mvc.perform(get("/opportunities/" + opportunity).param("step", "1").with(user(new SignedInUser(ada))))
                .andExpect(content().string(allOf(containsString("After entry #1 (of 4)"),
                        containsString("Check in with Acme on where things stand — due Monday 23 March 2026"),
                        containsString("?step=0#step"), containsString("?step=2#step"))));
    }

    @Test
    void aDayThatCannotBeReadIsSaidNextToItsFieldNotTakenForToday() throws Exception {
        interviewedAtAcme();

        mvc.perform(get("/timeline").param("asOf", "yesterday").param("opportunity", "not-an-id")
                        .with(user(new SignedInUser(ada))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"asOf-error\">"),
                        containsString("'yesterday' is not a day"),
                        containsString("<p class=\"field-error\" id=\"opportunity-error\">"),
                        not(containsString("Showing what had happened by the end of")))));
        mvc.perform(get("/").param("asOf", "2026-02-30").with(user(new SignedInUser(ada))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"asOf-error\">"),
                        not(containsString("As it stood at the end of")))));
    }

    @Test
    void theDashboardCanBeSeenAsItStoodOnADayAndThenOffersNoButtons() throws Exception {
        interviewedAtAcme();

        mvc.perform(get("/").param("asOf", "2026-03-10").with(user(new SignedInUser(ada))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("As it stood at the end of Tuesday 10 March 2026"),
                        containsString("Thank Grace Hopper for the interview"), containsString("due today"),
                        not(containsString(">I sent it<")))));
    }

    @Test
    void theSettingsPageChangesTheRhythmAndShowsAMistakeNextToItsNumber() throws Exception {
        mvc.perform(get("/settings").with(user(new SignedInUser(ada))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Europe/Berlin\""),
                        containsString("name=\"daysBetweenCheckIns\""), containsString("usually 7"))));

        mvc.perform(post("/settings").with(csrf()).with(user(new SignedInUser(ada)))
                        .param("timeZone", "Europe/Berlin").param("region", "DE-BY").param("daysBetweenCheckIns", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"policy.daysBetweenCheckIns-error\"")));

        mvc.perform(post("/settings").with(csrf()).with(user(new SignedInUser(ada)))
                        .param("timeZone", "America/New_York").param("region", "US-NY").param("daysBetweenCheckIns", "10"))
                .andExpect(redirectedUrl("/settings?saved"));
        mvc.perform(get("/settings").with(user(new SignedInUser(ada))))
                .andExpect(content().string(allOf(containsString("value=\"America/New_York\""),
                        containsString("value=\"US-NY\""), containsString("value=\"10\""))));
    }

    @Test
    void whatPeopleTypeIsEscaped() throws Exception {
        commands.sendAndWait(new OpenOpportunity(OpportunityId.of(UUID.randomUUID()), ada.candidateId(),
                "<script>alert('x')</script>", "Engineer", null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/timeline").with(user(new SignedInUser(ada))))
                        .andExpect(content().string(allOf(containsString("&lt;script&gt;alert("),
                                not(containsString("<script>alert("))))));
    }

    @Test
    void aCandidateSeesNoOneElsesEvents() throws Exception {
        Account mallory = accounts.signUp(new SignUp("mallory-" + UUID.randomUUID() + "@example.com",
                "a long enough password", "Mallory", "America/New_York", "US", Role.CANDIDATE));
        commands.sendAndWait(new OpenOpportunity(OpportunityId.of(UUID.randomUUID()), ada.candidateId(), "Acme",
                "Backend Engineer", null));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/timeline").with(user(new SignedInUser(ada))))
                        .andExpect(content().string(containsString("Acme"))));

        mvc.perform(get("/timeline").with(user(new SignedInUser(mallory))))
                .andExpect(content().string(allOf(not(containsString("Acme")), containsString("Nothing here"))));
    }

    @Test
    void signingUpSignsYouInAndOpensTheTimeline() throws Exception {
        var result = mvc.perform(post("/signup").with(csrf())
                        .param("email", "grace@example.com").param("password", "a long enough password")
                        .param("displayName", "Grace").param("timeZone", "America/New_York").param("region", "US-NY")
                        .param("role", "CANDIDATE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();

        // the session lives in PostgreSQL (Spring Session): the browser holds only its cookie
        var session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        mvc.perform(get("/timeline").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grace")));
    }

    @Test
    void aSignUpMistakeIsShownNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/signup").with(csrf())
                        .param("email", "grace@example.com").param("password", "a long enough password")
                        .param("displayName", "Grace").param("timeZone", "Mars/Olympus").param("region", "US"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("<p class=\"field-error\" id=\"timeZone-error\">"),
                        containsString("is not an IANA time zone"),
                        containsString("value=\"grace@example.com\""),
                        containsString("aria-invalid=\"true\""))));
    }

    @Test
    void signUpOffersTheRegionsWithHolidayDataByNameAndGuessesFromTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/signup").header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<select id=\"region\" name=\"region\""),
                        containsString("<option value=\"DE\" selected>Germany (DE)</option>"),
                        containsString(">Germany — Bavaria (DE-BY)</option>"),
                        containsString("<option value=\"\">Choose where you live…</option>"))));
        mvc.perform(get("/signup"))
                .andExpect(content().string(allOf(
                        containsString("<option value=\"\" selected>Choose where you live…</option>"),
                        not(containsString("\" selected>Germany")))));
    }

    @Test
    void aSignUpWithNoRegionChosenSaysSoNextToTheSelectAndKeepsTheRest() throws Exception {
        mvc.perform(post("/signup").with(csrf())
                        .param("email", "grace@example.com").param("password", "a long enough password")
                        .param("displayName", "Grace").param("timeZone", "Europe/Berlin").param("region", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("<p class=\"field-error\" id=\"region-error\">"),
                        containsString("value=\"grace@example.com\""),
                        containsString("<option value=\"\" selected>Choose where you live…</option>"))));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/signup").param("email", "grace@example.com").param("password", "a long enough password")
                        .param("displayName", "Grace").param("timeZone", "Europe/Berlin").param("region", "DE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signInWorksWithEmailAndPassword() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "a long enough password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theSettingsPageOffersTheExportThenDeletesTheAccountWithThePasswordTypedAgain() throws Exception {
        mvc.perform(get("/settings").with(user(new SignedInUser(ada))))
                .andExpect(content().string(allOf(containsString("href=\"/me/export\""),
                        containsString("action=\"/settings/erase\""), containsString("name=\"_csrf\""),
                        containsString("autocomplete=\"current-password\""))));

        mvc.perform(post("/settings/erase").with(user(new SignedInUser(ada))).param("password", "a long enough password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/erase").with(csrf()).with(user(new SignedInUser(ada))).param("password", "wrong one"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"erasePassword-error\"")));
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "a long enough password"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(post("/settings/erase").with(csrf()).with(user(new SignedInUser(ada)))
                        .param("password", "a long enough password"))
                .andExpect(redirectedUrl("/?signedOut"));
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "a long enough password"))
                .andExpect(redirectedUrl("/login?error"));
    }
}
