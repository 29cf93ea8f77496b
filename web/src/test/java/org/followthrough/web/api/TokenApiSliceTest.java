package org.followthrough.web.api;

import org.followthrough.application.accounts.AccessToken;
import org.followthrough.application.accounts.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.web.api.ApiSlice.ADA;
import static org.followthrough.web.api.ApiSlice.NOW;
import static org.followthrough.web.api.ApiSlice.ada;
import static org.followthrough.web.api.ApiSlice.assertProblem;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The token API's HTTP mapping, with the tokens mocked; signing in with a token stays in {@link TokenApiTest}. */
@ApiSliceOf(TokenApi.class)
class TokenApiSliceTest {

    static final UUID TOKEN = UUID.fromString("11111111-2222-4333-8444-555555555555");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    AccessTokens tokens;

    @Test
    void aNewTokenAnswers201WithItsSecretAndWhereItLives() {
        when(tokens.issue(eq(ADA), eq("ci"), isNull())).thenReturn(new AccessTokens.Issued(
                new AccessToken(TOKEN, "ci", NOW, null, null, null), "ft_secret"));

        MvcTestResult result = post("""
                {"name": "ci"}""");

        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.token").isEqualTo("ft_secret");
        assertThat(result).bodyJson().extractingPath("$.createdAt").isEqualTo("2026-03-20T10:00:00+01:00");
        assertThat(result).headers().hasValue("Location", "http://localhost/api/v1/me/tokens/" + TOKEN);
    }

    @Test
    void anExpiryThatIsNoTimeNamesTheField() {
        assertProblem(post("""
                {"name": "ci", "expiresAt": "next week"}"""), "expiresAt");
        verifyNoInteractions(tokens);
    }

    @Test
    void theListSaysWhichAreActiveAndNeverShowsASecret() {
        when(tokens.of(ADA)).thenReturn(List.of(
                new AccessToken(TOKEN, "ci", NOW, null, NOW, null),
                new AccessToken(UUID.randomUUID(), "old", NOW, null, null, Instant.parse("2026-03-19T09:00:00Z"))));

        MvcTestResult result = mvc.get().uri("/api/v1/me/tokens").with(user(ada)).exchange();

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$[*].active").asArray().containsExactly(true, false);
        assertThat(result).bodyJson().extractingPath("$[1].revokedAt").isEqualTo("2026-03-19T10:00:00+01:00");
        assertThat(result).bodyJson().doesNotHavePath("$[0].token");
    }

    @Test
    void revokingAnswers204AndATokenNotTheCallersIsNotFound() {
        when(tokens.revoke(ADA, TOKEN)).thenReturn(true);

        assertThat(mvc.delete().uri("/api/v1/me/tokens/" + TOKEN).with(user(ada)).with(csrf()).exchange()).hasStatus(204);
        MvcTestResult someoneElses = mvc.delete().uri("/api/v1/me/tokens/" + UUID.randomUUID()).with(user(ada))
                .with(csrf()).exchange();
        assertThat(someoneElses).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(someoneElses).bodyJson().extractingPath("$.detail").isEqualTo("No such access token.");
        MvcTestResult notAnId = mvc.delete().uri("/api/v1/me/tokens/ft_abc").with(user(ada)).with(csrf()).exchange();
        assertThat(notAnId).hasStatus(404).bodyJson().extractingPath("$.detail").isEqualTo("No such access token.");
    }

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/v1/me/tokens").with(user(ada)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
