package org.followthrough.web.api;

import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.web.api.ApiSlice.NOW;
import static org.followthrough.web.api.ApiSlice.ada;
import static org.followthrough.web.api.ApiSlice.assertProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The opportunity API's HTTP mapping alone, with the use cases mocked: paths, bodies, status codes, and the
 * problem documents for bad input. The journeys through the real app stay in {@link OpportunityApiTest}.
 */
@ApiSliceOf(OpportunityApi.class)
class OpportunityApiSliceTest {

    static final UUID OPPORTUNITY = UUID.fromString("6f1c2a4e-3b5d-4c7e-9f01-23456789abcd");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    Recording recording;
    @MockitoBean
    OpportunityEventLog eventLog;
    @MockitoBean
    CandidateTimeline timeline;

    @Test
    void openingAnswers201WithTheIdAndWhereItLives() {
        when(recording.open(any(), eq("Initech"), eq("Backend engineer"), any())).thenReturn(OpportunityId.of(OPPORTUNITY));

        MvcTestResult result = post("/api/v1/opportunities", """
                {"company": "Initech", "role": "Backend engineer"}""");

        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.id").isEqualTo(OPPORTUNITY.toString());
        assertThat(result).headers().hasValue("Location", "http://localhost/api/v1/opportunities/" + OPPORTUNITY);
    }

    @Test
    void anInterviewIsMappedToItsCommandInTheCallersZone() {
        when(recording.record(any())).thenReturn(new Recording.Recorded(OpportunityId.of(OPPORTUNITY), 3, null, List.of()));

        MvcTestResult result = post(path("/interviews"), """
                {"endedAt": "2026-03-10T15:00:00+01:00", "round": 2, "interviewers": [{"name": "Grace Hopper"}],
                 "decision": {"kind": "DATE", "date": "2026-03-17"}}""");

        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.sequence").isEqualTo(3);
        verify(recording).record(org.mockito.ArgumentMatchers.<RecordInterview>argThat(command ->
                command.round() == 2 && command.interviewers().size() == 1
                        && command.endedAt().equals(Instant.parse("2026-03-10T14:00:00Z"))
                        && command.zone().equals(ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void aFollowUpAnswersWithItsCadenceWarnings() {
        when(recording.record(any(RecordFollowUp.class))).thenReturn(new Recording.Recorded(OpportunityId.of(OPPORTUNITY),
                4, null, List.of("sooner than your policy suggests")));

        MvcTestResult result = post(path("/follow-ups"), """
                {"purpose": "STATUS_CHECK", "channel": "EMAIL", "sentAt": "2026-03-18T10:00:00+01:00"}""");

        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.warnings[0]")
                .isEqualTo("sooner than your policy suggests");
    }

    @Test
    void malformedJsonIsABadRequestNamingTheBody() {
        assertProblem(post(path("/interviews"), "{\"endedAt\": \"2026-03-10T15:00:00+01:00\","), "body");
        verifyNoInteractions(recording);
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        MvcTestResult result = post(path("/interviews"), """
                {"endedAt": "2026-03-10T15:00:00+01:00", "decision": {"kind": "SOON"}}""");

        assertProblem(result, "decision.kind");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("DATE, FEW_DAYS, NONE");
        verifyNoInteractions(recording);
    }

    @Test
    void aMalformedTimeNamesTheField() {
        assertProblem(post(path("/interviews"), """
                {"endedAt": "last Tuesday"}"""), "endedAt");
        verifyNoInteractions(recording);
    }

    @Test
    void everyMissingFieldIsListedInOrder() {
        MvcTestResult result = post(path("/thank-yous"), "{}");

        assertProblem(result, "channel");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("channel", "interviewId", "interviewer", "sentAt");
        verifyNoInteractions(recording);
    }

    @Test
    void tooManyInterviewersNamesTheList() {
        String twentyOne = "{\"name\": \"X\"},".repeat(20) + "{\"name\": \"X\"}";
        assertProblem(post(path("/interviews"), """
                {"endedAt": "2026-03-10T15:00:00+01:00", "interviewers": [%s]}""".formatted(twentyOne)), "interviewers");
    }

    @Test
    void aRuleTheDomainRefusesIsABadRequestNamingItsField() {
        when(recording.record(any())).thenThrow(new RuleViolation("receivedAt", "lies in the future"));

        assertProblem(post(path("/replies"), """
                {"receivedAt": "2099-01-01T09:00:00Z", "kind": "OFFER"}"""), "receivedAt");
    }

    @Test
    void aStateConflictIsA409Problem() {
        when(recording.record(any())).thenThrow(new StateConflict("the opportunity was closed"));

        MvcTestResult result = post(path("/close"), """
                {"outcome": "WITHDRAWN"}""");

        assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/conflict");
    }

    @Test
    void anIdThatIsNotAUuidIsNotFoundRatherThanBadInput() {
        MvcTestResult result = mvc.get().uri("/api/v1/opportunities/not-a-uuid").with(user(ada)).exchange();

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No such opportunity.");
    }

    @Test
    void oneOpportunityIsAskedForByItsIdAndShownInTheCallersZone() {
        when(timeline.opportunity(ada.candidateId(), OpportunityId.of(OPPORTUNITY))).thenReturn(Optional.of(
                new OpportunitySummary(OpportunityId.of(OPPORTUNITY), "Initech", "Backend engineer", NOW, null, null)));

        MvcTestResult result = mvc.get().uri(path("")).with(user(ada)).exchange();

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$.company").isEqualTo("Initech");
        assertThat(result).bodyJson().extractingPath("$.openedAt").isEqualTo("2026-03-20T10:00:00+01:00");
    }

    @Test
    void anOpportunityThatIsNotTheCallersIsNotFound() {
        when(timeline.opportunity(ada.candidateId(), OpportunityId.of(OPPORTUNITY))).thenReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri(path("")).with(user(ada)).exchange();

        assertThat(result).hasStatus(404).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No such opportunity.");
    }

    private MvcTestResult post(String path, String body) {
        return mvc.post().uri(path).with(user(ada)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static String path(String suffix) {
        return "/api/v1/opportunities/" + OPPORTUNITY + suffix;
    }
}
