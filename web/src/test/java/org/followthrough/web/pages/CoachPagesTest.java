package org.followthrough.web.pages;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.application.coaching.SharingCandidate;
import org.followthrough.domain.opportunity.DecisionTimeline;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coach's pages and downloads, with the lowest threshold allowed (three candidates, one interview each) and epsilon
 * so large that the noise is exactly zero, so that the numbers can be checked by hand.
 */
@SpringBootTest(properties = {"followthrough.analytics.min-group-size=3", "followthrough.analytics.epsilon=50"})
@AutoConfigureMockMvc
@FreshDatabase
class CoachPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CoachSharing sharing;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    Account cora;
    Account ada;

    @BeforeEach
    void setUp() {
        cora = signUp("Cora", Role.COACH);
        ada = signUp("Ada", Role.CANDIDATE);
        Account ann = signUp("Ann", Role.CANDIDATE);
        Account abe = signUp("Abe", Role.CANDIDATE);
        for (Account candidate : List.of(ada, ann, abe)) {
            sharing.propose(candidate.candidateId(), cora.email(), false);
            sharing.confirm(candidate.candidateId(), cora.email(), "Cora");
            OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
            commands.sendAndWait(new OpenOpportunity(opportunity, candidate.candidateId(), "Acme", "Engineer",
                    Instant.parse("2026-03-01T09:00:00Z")));
            commands.sendAndWait(new RecordInterview(opportunity, candidate.candidateId(),
                    InterviewId.of(UUID.randomUUID()), null, null, Instant.parse("2026-03-10T14:00:00Z"), List.of(),
                    DecisionTimeline.notStated(), ZoneId.of("Europe/Berlin")));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.sql("SELECT count(*) FROM outcome_fact WHERE candidate_id = ?")
                            .param(candidate.id()).query(Long.class).single() == 1);
        }
    }

    @Test
    void badFiltersOnACsvDownloadAreRefusedNever500() throws Exception {
        String[][] bad = {{"within", "x"}, {"within", "-2147483649"}, {"from", "2026-02-30"}, {"to", "\u0000"},
                {"asOf", "-999999999-01-01T00:00:00Z"}, {"asOf", "+999999999-12-31"}, {"groupBy", "NO_SUCH"},
                {"from", "x".repeat(10_000)}};
        for (String figure : List.of("response-rates", "time-to-reply", "outcomes")) {
            for (String[] parameter : bad) {
                int status = mvc.perform(get("/coach/" + figure + ".csv").param(parameter[0], parameter[1])
                        .with(user(new SignedInUser(cora)))).andReturn().getResponse().getStatus();
                assertThat(status).as(figure + " " + parameter[0] + "=" + parameter[1].substring(0, Math.min(30, parameter[1].length())))
                        .isBetween(200, 499);
            }
        }
    }

    @Test
    void theCsvHasTheNumbersOfShownGroupsAndNoneOfWithheldOnes() throws Exception {
        mvc.perform(get("/coach/response-rates.csv").param("within", "14").with(user(new SignedInUser(cora))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"response-rates.csv\""))
                .andExpect(content().string(allOf(
                        containsString("group_by,group,within_days,suppressed,interviews,replied,rate,ci_low,ci_high\n"),
                        containsString("THANK_YOU_TIMING,NONE,14,false,3,0,0.0000,0.0000,0.5615\n"),
                        containsString("THANK_YOU_TIMING,WITHIN_24H,14,true,,,,,\n"))));
        mvc.perform(get("/coach/outcomes.csv").with(user(new SignedInUser(cora))))
                .andExpect(content().string(containsString("2026-03,false,3,0,0,0,0,3\n")));
        mvc.perform(get("/coach/time-to-reply.csv").param("asOf", "2026-03-20").with(user(new SignedInUser(cora))))
                .andExpect(content().string(containsString("THANK_YOU_TIMING,NONE,false,3,,,,,\n")));
    }

    @Test
    void theCoachPageHasEveryNumberInATableAndTheChartScriptInAFile() throws Exception {
        mvc.perform(get("/coach").with(user(new SignedInUser(cora))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<table class=\"figures\">"),
                        containsString("data-chart=\"rates\""),
                        containsString("<script src=\"/js/charts.js\"></script>"),
                        containsString("No thank-you"),
                        containsString("Ada"),
                        not(containsString("<script>")),
                        not(containsString("style=\"")))));
    }

    @Test
    void aBadFilterOnThePageFallsBackToTheDefaultsAndSaysSo() throws Exception {
        mvc.perform(get("/coach").param("within", "soon").with(user(new SignedInUser(cora))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Could not use within: 'soon' must be a whole number of days")));
    }

    @Test
    void eachRoleHasItsOwnPages() throws Exception {
        mvc.perform(get("/coach").with(user(new SignedInUser(ada)))).andExpect(status().isForbidden());
        mvc.perform(get("/coach/outcomes.csv").with(user(new SignedInUser(ada)))).andExpect(status().isForbidden());
        mvc.perform(get("/insights").with(user(new SignedInUser(cora)))).andExpect(status().isForbidden());
        mvc.perform(get("/insights").with(user(new SignedInUser(ada)))).andExpect(status().isOk())
                .andExpect(content().string(containsString(cora.email())));
    }

    @Test
    void aCandidateSharesAfterConfirmingTheCoachsNameAndStopsSharingFromTheirFiguresPage() throws Exception {
        Account ben = signUp("Ben", Role.CANDIDATE);

        mvc.perform(post("/insights/coaches").with(csrf()).with(user(new SignedInUser(ben)))
                        .param("coachEmail", cora.email()).param("shareTimeline", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Share with Cora (" + cora.email() + ")?"),
                        containsString("action=\"/insights/coaches/confirm\""), containsString("name=\"_csrf\""),
                        containsString("name=\"coachName\" value=\"Cora\""), containsString(">Cancel</button>"))));
        assertThat(sharing.sharingWith(cora.email())).extracting(SharingCandidate::displayName).doesNotContain("Ben");
        mvc.perform(get("/insights").with(user(new SignedInUser(ben))))
                .andExpect(content().string(allOf(containsString("waiting for you to confirm"),
                        containsString("Confirm Cora</button>"))));
        mvc.perform(get("/coach").with(user(new SignedInUser(cora))))
                .andExpect(content().string(not(containsString("/coach/candidates/" + ben.id() + "/timeline"))));

        mvc.perform(post("/insights/coaches/confirm").with(csrf()).with(user(new SignedInUser(ben)))
                        .param("coachEmail", cora.email()).param("coachName", "Cora"))
                .andExpect(status().is3xxRedirection());
        assertThat(sharing.sharingWith(cora.email())).extracting(SharingCandidate::displayName).contains("Ada", "Ben");
        mvc.perform(get("/coach").with(user(new SignedInUser(cora))))
                .andExpect(content().string(containsString("href=\"/coach/candidates/" + ben.id() + "/timeline\"")));

        mvc.perform(post("/insights/coaches/revoke").with(csrf()).with(user(new SignedInUser(ben)))
                        .param("coachEmail", cora.email()))
                .andExpect(status().is3xxRedirection());
        assertThat(sharing.sharingWith(cora.email())).extracting(SharingCandidate::displayName).containsExactlyInAnyOrder("Ada", "Ann", "Abe");

        mvc.perform(post("/insights/coaches").with(csrf()).with(user(new SignedInUser(ben))).param("coachEmail", "my coach"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The address is not an e-mail address")));
        mvc.perform(post("/insights/coaches").with(csrf()).with(user(new SignedInUser(cora))).param("coachEmail", ada.email()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoachRenamedBeforeTheConfirmationIsAskedAboutAgainUnderTheNewName() throws Exception {
        Account ben = signUp("Ben", Role.CANDIDATE);
        mvc.perform(post("/insights/coaches").with(csrf()).with(user(new SignedInUser(ben)))
                .param("coachEmail", cora.email())).andExpect(status().isOk());
        jdbc.sql("UPDATE account SET display_name = 'Mallory' WHERE id = ?").param(cora.id()).update();

        mvc.perform(post("/insights/coaches/confirm").with(csrf()).with(user(new SignedInUser(ben)))
                        .param("coachEmail", cora.email()).param("coachName", "Cora"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("now called 'Mallory'"),
                        containsString("id=\"coachName-error\""),
                        containsString("Share with Mallory (" + cora.email() + ")?"))));
        assertThat(sharing.sharingWith(cora.email())).extracting(SharingCandidate::displayName).doesNotContain("Ben");

        mvc.perform(post("/insights/coaches/confirm").with(csrf()).with(user(new SignedInUser(ben)))
                        .param("coachEmail", cora.email()).param("coachName", "Nobody"))
                .andExpect(status().isConflict());
        mvc.perform(post("/insights/coaches/revoke").with(csrf()).with(user(new SignedInUser(ben)))
                .param("coachEmail", cora.email())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/insights/coaches/confirm").with(csrf()).with(user(new SignedInUser(ben)))
                        .param("coachEmail", cora.email()).param("coachName", "Mallory"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Nothing is waiting for your confirmation")));
        assertThat(sharing.sharingWith(cora.email())).extracting(SharingCandidate::displayName).doesNotContain("Ben");
    }

    @Test
    void aTimelineNotSharedIsNotFound() throws Exception {
        mvc.perform(get("/coach/candidates/" + ada.id() + "/timeline").with(user(new SignedInUser(cora))))
                .andExpect(status().isNotFound());
    }

    private Account signUp(String name, Role role) {
        return accounts.signUp(new SignUp(name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com",
                "a long enough password", name, "Europe/Berlin", "DE-BY", role));
    }
}
