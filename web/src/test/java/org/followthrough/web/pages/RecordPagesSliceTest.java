package org.followthrough.web.pages;

import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.OpportunityLog;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RescheduleInterview;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.web.ControllerSlice;
import org.followthrough.web.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The record forms' HTTP mapping alone, with the use case mocked: each address binds its own form ({@link EntrySent}),
 * a field that cannot be read comes back next to its field with nothing recorded, and a scheduled interview's address
 * names the interview whatever the form says. The journeys through the real app stay in {@link PagesTest} and
 * {@link FollowThroughFormsTest}.
 */
@ControllerSlice(RecordPages.class)
class RecordPagesSliceTest {

    static final UUID ADA = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID OPPORTUNITY = UUID.fromString("6f1c2a4e-3b5d-4c7e-9f01-23456789abcd");
    static final UUID INTERVIEW = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    Recording recording;
    @MockitoBean
    OpportunityEventLog eventLog;

    private final SignedInUser ada = ControllerSlice.Fixtures.ada(ADA);

    @BeforeEach
    void anOpportunity() {
        OpportunityLog log = mock(OpportunityLog.class);
        when(log.choices()).thenReturn(new OpportunityLog.Choices("Initech", "Backend engineer", List.of(), List.of()));
        when(log.upcoming()).thenReturn(List.of());
        when(eventLog.logOf(any(), any())).thenReturn(log);
        when(recording.record(any())).thenReturn(new Recording.Recorded(OpportunityId.of(OPPORTUNITY), 2, null,
                List.of()));
    }

    @Test
    void aFollowUpBindsItsOwnFormAndGoesToTheDashboard() {
        MvcTestResult result = post("/opportunities/" + OPPORTUNITY + "/follow-ups",
                Map.of("purpose", "STATUS_CHECK", "channel", "LINKEDIN", "sentAt", "2026-03-19T10:00"));

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/");
        assertThat(result).flash().containsEntry("flash", "Recorded your follow-up.");
        verify(recording).record(argThat(command -> command instanceof RecordFollowUp followUp
                && followUp.sentAt().equals(Instant.parse("2026-03-19T09:00:00Z"))));
    }

    @Test
    void aFieldThatCannotBeReadComesBackNextToItWithNothingRecorded() {
        MvcTestResult result = post("/opportunities/" + OPPORTUNITY + "/notes", Map.of("interviewId", "not-an-id"));

        assertThat(result).hasStatus(400).hasViewName("record/notes");
        assertThat(errors(result)).containsEntry("interviewId", "'not-an-id' is not an id");
        verify(recording, never()).record(any());
    }

    @Test
    void theAddressWordIsNotAFormField() {
        // the reply form has a field "kind"; the address's own variable must not fill it
        MvcTestResult result = post("/opportunities/" + OPPORTUNITY + "/replies", Map.of());

        assertThat(result).hasStatus(400).hasViewName("record/reply");
        assertThat(errors(result)).containsEntry("kind", "choose one");
    }

    @Test
    void aScheduledInterviewsAddressNamesItWhateverTheFormSays() {
        MvcTestResult result = post("/opportunities/" + OPPORTUNITY + "/scheduled-interviews/" + INTERVIEW
                + "/reschedule", Map.of("interviewId", UUID.randomUUID().toString(), "day", "2026-03-25",
                "startTime", "10:00"));

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/");
        verify(recording).record(argThat(command -> command instanceof RescheduleInterview moved
                && moved.interviewId().toString().equals(INTERVIEW.toString())));
    }

    private MvcTestResult post(String path, Map<String, String> fields) {
        var request = mvc.post().uri(path).with(user(ada)).with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    private static Map<String, String> errors(MvcTestResult result) {
        return ((FormErrors) result.getMvcResult().getModelAndView().getModel().get("errors")).byField();
    }
}
