package org.followthrough.web.api;

import org.followthrough.application.coaching.CoachShare;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.application.coaching.ShareProposal;
import org.followthrough.domain.candidate.CoachShareStatus;
import org.followthrough.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.web.api.ApiSlice.NOW;
import static org.followthrough.web.api.ApiSlice.ada;
import static org.followthrough.web.api.ApiSlice.assertProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The sharing API's HTTP mapping, with the consent mocked; what a coach then sees stays full-stack. */
@ApiSliceOf(CoachSharingApi.class)
class CoachSharingApiSliceTest {

    static final String CORA = "cora@example.com";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CoachSharing sharing;

    @BeforeEach
    void coraIsACoach() {
        when(sharing.coachName(CORA)).thenReturn("Cora");
    }

    @Test
    void askingAnswers202WithTheCoachsNameAndWhereToConfirmIt() {
        sharesWithCora(CoachShareStatus.PENDING);

        MvcTestResult result = post("/api/v1/me/coaches", """
                {"coachEmail": "cora@example.com", "shareTimeline": true}""");

        assertThat(result).hasStatus(202);
        assertThat(result).bodyJson().extractingPath("$.coachName").isEqualTo("Cora");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
        assertThat(result).bodyJson().extractingPath("$.confirm").asString()
                .endsWith("/api/v1/me/coaches/cora@example.com/confirmation");
        verify(sharing).propose(ada.candidateId(), CORA, true);
    }

    @Test
    void askingAgainForAnActiveShareAnswers200WithNothingToConfirm() {
        sharesWithCora(CoachShareStatus.ACTIVE);

        MvcTestResult result = post("/api/v1/me/coaches", """
                {"coachEmail": "cora@example.com"}""");

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$.confirm").isNull();
        verify(sharing).propose(ada.candidateId(), CORA, false);
    }

    @Test
    void anAddressWithNoCoachNamesCoachEmail() {
        when(sharing.propose(any(), any(), anyBoolean())).thenThrow(new RuleViolation("coachEmail", "is no coach's"));

        assertProblem(post("/api/v1/me/coaches", """
                {"coachEmail": "nobody@example.com"}"""), "coachEmail");
    }

    @Test
    void confirmingHandsOnTheNameAsShownAndAnswersTheShare() {
        when(sharing.shareWith(ada.candidateId(), "cora@example.com")).thenReturn(Optional.of(new CoachShare(CORA, false,
                NOW, CoachShareStatus.ACTIVE)));

        MvcTestResult result = post("/api/v1/me/coaches/cora@example.com/confirmation", """
                {"coachName": "Cora"}""");

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$.status").isEqualTo("ACTIVE");
        verify(sharing).confirm(ada.candidateId(), CORA, "Cora");
    }

    @Test
    void revokingAnswers204() {
        MvcTestResult result = mvc.delete().uri("/api/v1/me/coaches/cora@example.com").with(user(ada)).with(csrf())
                .exchange();

        assertThat(result).hasStatus(204);
        verify(sharing).revoke(ada.candidateId(), CORA);
    }

    private void sharesWithCora(CoachShareStatus status) {
        when(sharing.propose(any(), any(), anyBoolean())).thenReturn(new ShareProposal(CORA, "Cora", true, status));
        when(sharing.shareWith(ada.candidateId(), CORA)).thenReturn(Optional.of(new CoachShare(CORA, true, NOW, status)));
    }

    private MvcTestResult post(String path, String body) {
        return mvc.post().uri(path).with(user(ada)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
