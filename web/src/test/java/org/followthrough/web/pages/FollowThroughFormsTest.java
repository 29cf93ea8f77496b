package org.followthrough.web.pages;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.InterviewCancelled;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.InterviewRescheduled;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.ScheduleInterview;
import org.followthrough.domain.opportunity.ThankYouSent;
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

/**
 * The forms issue 10 adds to the pages (scheduled interviews moved or cancelled, a moved decision date, a LinkedIn
 * connection, notes per interviewer, the next-steps question on a thank-you, answering a concern, the signature and the
 * region): each sends the command the API sends, and a mistake is said next to its field with nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@FreshDatabase
class FollowThroughFormsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CommandGateway commands;
    @Autowired
    ReadYourWrites readYourWrites;
    @Autowired
    OpportunityEventLog eventLog;

    Account ada;
    SignedInUser me;

    @BeforeEach
    void setUp() {
        ada = accounts.signUp(new SignUp("ada-" + UUID.randomUUID() + "@example.com", "a long enough password", "Ada",
                "Europe/Berlin", "DE-BY", Role.CANDIDATE));
        me = new SignedInUser(ada);
    }

    @Test
    void anUpcomingInterviewIsScheduledMovedAndCancelledThroughItsFormsAndABadDayIsSaidNextToIt() throws Exception {
        OpportunityId opportunity = opened();
        String day = LocalDate.now(BERLIN).plusDays(2).toString();

        mvc.perform(post("/opportunities/" + opportunity + "/scheduled-interviews").with(csrf()).with(user(me))
                        .param("day", "2026-02-30").param("startTime", "10:00").param("name0", "Grace Hopper"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"startsAt-error\">"),
                        containsString("value=\"Grace Hopper\""))));
        assertThat(events(opportunity)).hasSize(1);

        mvc.perform(post("/opportunities/" + opportunity + "/scheduled-interviews").with(csrf()).with(user(me))
                        .param("day", day).param("startTime", "10:00").param("endTime", "11:00")
                        .param("name0", "Grace Hopper").param("title0", "Engineering Manager").param("name1", "Alan Turing"))
                .andExpect(redirectedUrl("/"));
        InterviewScheduled scheduled = only(opportunity, InterviewScheduled.class);
        String interview = scheduled.interviewId().toString();
        String at = "/opportunities/" + opportunity + "/scheduled-interviews/" + interview;

        mvc.perform(get("/opportunities/" + opportunity).with(user(me)))
                .andExpect(content().string(allOf(containsString("Coming up"), containsString("with Grace Hopper, Alan Turing"),
                        containsString("href=\"" + at + "/reschedule\""), containsString("href=\"" + at + "/cancel\""))));
        mvc.perform(get(at + "/reschedule").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + day + "\""), containsString("value=\"10:00\""),
                        containsString("value=\"11:00\""))));

        mvc.perform(post(at + "/reschedule").with(csrf()).with(user(me)).param("day", "not a day").param("startTime", "09:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"startsAt-error\">"),
                        containsString("action=\"" + at + "/reschedule\""))));
        // the address names the interview; an id typed into the form changes nothing, and breaks nothing
        mvc.perform(post(at + "/cancel").with(csrf()).with(user(me)).param("interviewId", "").param("reason", "x\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"reason-error\">"),
                        containsString("action=\"" + at + "/cancel\""))));
        mvc.perform(post(at + "/reschedule").with(csrf()).with(user(me)).param("day", day).param("startTime", "12:00")
                        .param("endTime", "11:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"endsAt-error\">"),
                        containsString("is not after startsAt"))));
        assertThat(events(opportunity)).hasSize(2);

        String later = LocalDate.now(BERLIN).plusDays(3).toString();
        mvc.perform(post(at + "/reschedule").with(csrf()).with(user(me)).param("day", later).param("startTime", "09:00"))
                .andExpect(redirectedUrl("/"));
        assertThat(only(opportunity, InterviewRescheduled.class).startsAt())
                .isEqualTo(LocalDate.parse(later).atTime(9, 0).atZone(BERLIN).toInstant());

        mvc.perform(post(at + "/cancel").with(csrf()).with(user(me)).param("reason", "they filled the role"))
                .andExpect(redirectedUrl("/"));
        assertThat(only(opportunity, InterviewCancelled.class).reason()).isEqualTo("they filled the role");
        mvc.perform(get(at + "/reschedule").with(user(me))).andExpect(status().isNotFound());
    }

    @Test
    void afterItsScheduledEndTheDashboardAsksWhetherItTookPlaceAndTheHeldFormComesFilledIn() throws Exception {
        OpportunityId opportunity = opened();
        InterviewId interview = InterviewId.of(UUID.randomUUID());
        Instant startsAt = LocalDate.now(BERLIN).minusDays(1).atTime(14, 0).atZone(BERLIN).toInstant();
        commands.sendAndWait(new ScheduleInterview(opportunity, ada.candidateId(), interview, 2, startsAt,
                startsAt.plus(Duration.ofMinutes(45)), List.of(new Interviewer("Grace Hopper", "Engineering Manager",
                "grace@acme.example"), new Interviewer("Alan Turing", null, null)),
                startsAt.minus(Duration.ofDays(5))));
        readYourWrites.awaitVisible(opportunity, 1);

        String at = "/opportunities/" + opportunity + "/scheduled-interviews/" + interview;
        mvc.perform(get("/").with(user(me)))
                .andExpect(content().string(allOf(containsString("data-rule=\"CONFIRM_HELD\""),
                        containsString("Record it as held"),
                        containsString("href=\"" + at + "/reschedule\">It moved</a>"),
                        containsString("href=\"" + at + "/cancel\">It was cancelled</a>"))));

        mvc.perform(get("/opportunities/" + opportunity + "/interviews/new").param("interviewId", interview.toString())
                        .with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"interviewId\" value=\"" + interview + "\""),
                        containsString("value=\"" + LocalDate.now(BERLIN).minusDays(1) + "\""),
                        containsString("value=\"14:00\""), containsString("value=\"14:45\""),
                        containsString("name=\"round\" type=\"number\" min=\"1\" max=\"20\" value=\"2\""),
                        containsString("value=\"Grace Hopper\""), containsString("value=\"Engineering Manager\""),
                        containsString("value=\"grace@acme.example\""), containsString("value=\"Alan Turing\""))));

        // a link whose interview id is no id is a bad request, said on a page naming it, not a form silently empty
        mvc.perform(get("/opportunities/" + opportunity + "/interviews/new").param("interviewId", "not-an-id")
                        .with(user(me)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("interviewId: 'not-an-id' is not an id")));
        // an address that is no opportunity's stays not found
        mvc.perform(get("/opportunities/not-an-id/interviews/new").with(user(me))).andExpect(status().isNotFound());
    }

    @Test
    void aMovedDecisionDateIsRecordedAndADateThatIsNoDateIsSaidNextToItsField() throws Exception {
        OpportunityId opportunity = opened();
        String interview = heldYesterday(opportunity).toString();

        mvc.perform(post("/opportunities/" + opportunity + "/decision-changes").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("decision", "DATE").param("decisionDate", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"decision.date-error\">")));
        mvc.perform(post("/opportunities/" + opportunity + "/decision-changes").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("decision", "DATE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"decision.date-error\">"),
                        containsString("give the date they named"))));
        mvc.perform(post("/opportunities/" + opportunity + "/decision-changes").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("decision", "DATE").param("decisionDate", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"decision.date-error\">")));
        assertThat(events(opportunity)).noneMatch(DecisionTimelineChanged.class::isInstance);

        LocalDate moved = LocalDate.now(BERLIN).plusDays(12);
        mvc.perform(get("/opportunities/" + opportunity + "/decision-changes/new").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/opportunities/" + opportunity + "/decision-changes\"")));
        mvc.perform(post("/opportunities/" + opportunity + "/decision-changes").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("decision", "DATE").param("decisionDate", moved.toString()))
                .andExpect(redirectedUrl("/"));
        assertThat(only(opportunity, DecisionTimelineChanged.class).decision()).isEqualTo(DecisionTimeline.by(moved));
        mvc.perform(get("/opportunities/" + opportunity).with(user(me)))
                .andExpect(content().string(containsString("They changed their timeline")));
    }

    @Test
    void aLinkedInConnectionHasAFormOfItsOwn() throws Exception {
        OpportunityId opportunity = opened();
        heldYesterday(opportunity);

        mvc.perform(post("/opportunities/" + opportunity + "/connections").with(csrf()).with(user(me))
                        .param("person", " ").param("connectedAt", "2026-13-01T10:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"connectedAt-error\">")));
        mvc.perform(post("/opportunities/" + opportunity + "/connections").with(csrf()).with(user(me)).param("person", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"person-error\">")));
        assertThat(events(opportunity)).noneMatch(ConnectionMade.class::isInstance);

        mvc.perform(post("/opportunities/" + opportunity + "/connections").with(csrf()).with(user(me))
                        .param("person", "grace hopper"))
                .andExpect(redirectedUrl("/"));
        assertThat(only(opportunity, ConnectionMade.class).person()).isEqualTo("Grace Hopper");
        mvc.perform(get("/opportunities/" + opportunity).with(user(me)))
                .andExpect(content().string(containsString("Connected with Grace Hopper on LinkedIn")));
    }

    @Test
    void theNotesFormAsksAboutEachInterviewerOfThatInterview() throws Exception {
        OpportunityId opportunity = opened();
        String interview = heldYesterday(opportunity).toString();

        mvc.perform(get("/opportunities/" + opportunity + "/notes/new").param("interviewId", interview).with(user(me)))
                .andExpect(content().string(allOf(containsString("<label for=\"about-" + interview + "-0\">With Grace Hopper</label>"),
                        containsString("<label for=\"about-" + interview + "-1\">With Alan Turing</label>"))));

        mvc.perform(post("/opportunities/" + opportunity + "/notes").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("wentWell", "the design part")
                        .param("aboutWhom", "Grace Hopper", "Alan Turing")
                        .param("aboutNotes", "her compiler work", "bad\u0000byte"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"perInterviewer[1].notes-error\""),
                        containsString("her compiler work"), containsString("the design part"))));
        assertThat(events(opportunity)).noneMatch(InterviewNotesRecorded.class::isInstance);

        mvc.perform(post("/opportunities/" + opportunity + "/notes").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("aboutWhom", "Grace Hopper", "Alan Turing")
                        .param("aboutNotes", "her compiler work", ""))
                .andExpect(redirectedUrl("/"));
        assertThat(only(opportunity, InterviewNotesRecorded.class).perInterviewer())
                .containsExactly(new InterviewerNotes("Grace Hopper", "her compiler work"));
    }

    @Test
    void theThankYouFormSaysWhetherItAskedAboutNextStepsAndFollowUpsCanAnswerAConcern() throws Exception {
        OpportunityId opportunity = opened();
        String interview = heldYesterday(opportunity).toString();

        mvc.perform(get("/opportunities/" + opportunity + "/thank-yous/new").with(user(me)))
                .andExpect(content().string(containsString("name=\"askedAboutNextSteps\" value=\"true\"")));
        mvc.perform(get("/opportunities/" + opportunity + "/follow-ups/new").with(user(me)))
                .andExpect(content().string(allOf(containsString("value=\"ADDRESS_CONCERN\""),
                        containsString("Answering a concern or a question they raised"),
                        not(containsString("value=\"CONNECT\"")))));

        mvc.perform(post("/opportunities/" + opportunity + "/thank-yous").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("interviewer", "Grace Hopper")
                        .param("sentAt", "yesterday").param("askedAboutNextSteps", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"sentAt-error\">")));
        mvc.perform(post("/opportunities/" + opportunity + "/thank-yous").with(csrf()).with(user(me))
                        .param("interviewId", interview).param("interviewer", "Grace Hopper")
                        .param("askedAboutNextSteps", "true"))
                .andExpect(redirectedUrl("/"));
        assertThat(only(opportunity, ThankYouSent.class).askedAboutNextSteps()).isTrue();
    }

    @Test
    void theSettingsPageOffersTheRegionsByNameAndKeepsTheSignature() throws Exception {
        mvc.perform(get("/settings").with(user(me)))
                .andExpect(content().string(allOf(containsString("<select id=\"region\" name=\"region\""),
                        containsString("<option value=\"DE-BY\" selected>Germany — Bavaria (DE-BY)</option>"),
                        containsString("<option value=\"SA\">Saudi Arabia (SA)</option>"),
                        containsString("name=\"signature.phone\""))));

        mvc.perform(post("/settings").with(csrf()).with(user(me)).param("timeZone", "Europe/Berlin").param("region", "KR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"region-error\">"),
                        containsString("KR has no public holiday data"))));

        mvc.perform(post("/settings/signature").with(csrf()).with(user(me)).param("signature.phone", "call me maybe")
                        .param("signature.email", "ada@example.com"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<p class=\"field-error\" id=\"signature.phone-error\">"),
                        containsString("value=\"ada@example.com\""))));
        mvc.perform(post("/settings/signature").with(csrf()).with(user(me)).param("signature.phone", "+49 89 1234567")
                        .param("signature.profileUrl", "https://example.com/ada"))
                .andExpect(redirectedUrl("/settings?signed#signature"));
        mvc.perform(get("/settings").param("signed", "").with(user(me)))
                .andExpect(content().string(allOf(containsString("Saved. Your drafts now end with it."),containsString("value=\"+49 89 1234567\""),
                        containsString("value=\"https://example.com/ada\""), containsString("value=\"DE-BY\" selected"))));
    }

    private OpportunityId opened() {
        OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
        commands.sendAndWait(new OpenOpportunity(opportunity, ada.candidateId(), "Acme", "Backend Engineer",
                Instant.now().minus(Duration.ofDays(20))));
        readYourWrites.awaitVisible(opportunity, 0);
        return opportunity;
    }

    private InterviewId heldYesterday(OpportunityId opportunity) {
        InterviewId interview = InterviewId.of(UUID.randomUUID());
        Instant endedAt = LocalDate.now(BERLIN).minusDays(1).atTime(15, 0).atZone(BERLIN).toInstant();
        commands.sendAndWait(new RecordInterview(opportunity, ada.candidateId(), interview, null,
                endedAt.minus(Duration.ofHours(1)), endedAt,
                List.of(new Interviewer("Grace Hopper", "Engineering Manager", null), new Interviewer("Alan Turing", null, null)),
                DecisionTimeline.by(LocalDate.now(BERLIN).plusDays(5)), BERLIN));
        readYourWrites.awaitVisible(opportunity, 1);
        return interview;
    }

    private List<OpportunityEvent> events(OpportunityId opportunity) {
        return eventLog.eventsOf(opportunity, ada.candidateId()).stream().map(RecordedEvent::event).toList();
    }

    private <T extends OpportunityEvent> T only(OpportunityId opportunity, Class<T> type) {
        List<T> found = events(opportunity).stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
