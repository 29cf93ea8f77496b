package org.followthrough.web.api;

import org.followthrough.application.reminders.Digests;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.SettingsChange;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.web.api.ApiSlice.ada;
import static org.followthrough.web.api.ApiSlice.assertProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The settings API's HTTP mapping, with the settings use case mocked; the effect on due actions stays full-stack. */
@ApiSliceOf(SettingsApi.class)
class SettingsApiSliceTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    SettingsService settings;
    @MockitoBean
    Digests digests;

    private final CandidateSettings berlin = new CandidateSettings(ada.candidateId(), ZoneId.of("Europe/Berlin"),
            Region.parse("DE-BY"), FollowUpPolicy.DEFAULTS, true, LocalTime.of(7, 30));

    @BeforeEach
    void sheLivesInBerlin() {
        when(settings.current(ada.candidateId())).thenReturn(berlin);
        when(settings.change(eq(ada.candidateId()), any(SettingsChange.class))).thenReturn(berlin);
        when(settings.signature(ada.candidateId())).thenReturn(new Signature(null, null, null));
    }

    @Test
    void theSettingsComeWithThePolicysDefaultsBesideThem() {
        MvcTestResult result = mvc.get().uri("/api/v1/me/settings").with(user(ada)).exchange();

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.timeZone").isEqualTo("Europe/Berlin");
        assertThat(result).bodyJson().extractingPath("$.region").isEqualTo("DE-BY");
        assertThat(result).bodyJson().extractingPath("$.digestTime").isEqualTo("07:30");
        assertThat(result).bodyJson().extractingPath("$.mailConfigured").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.defaults.thankYouWithinHours").isEqualTo(24);
    }

    @Test
    void theChangeIsHandedOnAsSentAndTheSignatureKept() {
        MvcTestResult result = put("""
                {"timeZone": "Europe/Paris", "digestEnabled": false}""");

        assertThat(result).hasStatus(200);
        verify(settings).change(ada.candidateId(), new SettingsChange("Europe/Paris", null, null, false, null));
        verify(settings, never()).changeSignature(any(), any());
    }

    @Test
    void aSignatureGivenReplacesTheCurrentOneWhole() {
        when(settings.changeSignature(any(), any())).thenAnswer(call -> call.getArgument(1));

        MvcTestResult result = put("""
                {"signature": {"phone": "+49 170 1234567"}}""");

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$.signature.phone").isEqualTo("+49 170 1234567");
        verify(settings).changeSignature(ada.candidateId(), new Signature("+49 170 1234567", null, null));
    }

    @Test
    void aSignatureTheDomainRefusesNamesItsFieldAndNothingChanges() {
        assertProblem(put("""
                {"timeZone": "Europe/Paris", "signature": {"phone": "call me"}}"""), "signature.phone");
        verify(settings, never()).change(any(), any(SettingsChange.class));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        assertProblem(put("""
                {"digestEnabled": "sometimes"}"""), "digestEnabled");
        verifyNoInteractions(digests);
    }

    @Test
    void aSettingTheUseCaseRefusesNamesItsField() {
        when(settings.change(eq(ada.candidateId()), any(SettingsChange.class)))
                .thenThrow(new RuleViolation("timeZone", "is not a time zone"));

        assertProblem(put("""
                {"timeZone": "Mars/Olympus"}"""), "timeZone");
    }

    private MvcTestResult put(String body) {
        return mvc.put().uri("/api/v1/me/settings").with(user(ada)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
