package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.reminders.Digests;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.SettingsChange;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's time zone, region (for public holidays), the numbers of their follow-up policy, and the morning
 * digest (on or off, and its time of day).
 */
@Tag(name = OpenApiConfiguration.Tags.SETTINGS)
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
record SettingsApi(SettingsService settings, Digests digests) {

    /** {@code mailConfigured}: whether this server can send the digest at all. */
    @Schema(name = "CandidateSettings")
    record Settings(String timeZone, String region, SettingsChange.Policy policy, SettingsChange.Policy defaults,
                    boolean digestEnabled, String digestTime, boolean mailConfigured, Signature signature) {

        static Settings of(CandidateSettings settings, boolean mailConfigured, Signature signature) {
            return new Settings(settings.timeZone().getId(), settings.region().code(),
                    SettingsChange.Policy.of(settings.policy()), SettingsChange.Policy.of(FollowUpPolicy.DEFAULTS),
                    settings.digestEnabled(), settings.digestTime().toString(), mailConfigured, signature);
        }
    }

    /** How the candidate signs their messages: each part optional; drafts end with it. */
    record SignatureBody(@Nullable String phone, @Nullable String email, @Nullable String profileUrl) {
    }

    record SettingsBody(@Nullable String timeZone, @Nullable String region, SettingsChange.@Nullable Policy policy,
                        @Nullable Boolean digestEnabled, @Nullable String digestTime,
                        @Nullable SignatureBody signature) {
    }

    @Operation(operationId = "getSettings", summary = "Get your settings",
            description = "Your time zone, region (for public holidays), follow-up policy with the defaults beside it, the morning digest and your signature.")
    @GetMapping("/settings")
    Settings settings(@AuthenticationPrincipal SignedInUser me) {
        return Settings.of(settings.current(me.candidateId()), digests.mailConfigured(), settings.signature(me.candidateId()));
    }

    /**
     * Every part may be left out to keep the current one; due actions are worked out again before this answers. A
     * signature given replaces the current one whole; it is checked before anything is recorded.
     */
    @Operation(operationId = "changeSettings", summary = "Change your settings",
            description = "Every part may be left out to keep the current one. Your due actions are worked out again under the new settings before this answers. A signature given replaces the current one whole.")
    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    Settings change(@AuthenticationPrincipal SignedInUser me, @RequestBody SettingsBody body) {
        Signature signature = body.signature() == null ? null
                : new Signature(body.signature().phone(), body.signature().email(), body.signature().profileUrl());
        CandidateSettings changed = settings.change(me.candidateId(), new SettingsChange(body.timeZone(), body.region(),
                body.policy(), body.digestEnabled(), body.digestTime()));
        return Settings.of(changed, digests.mailConfigured(), signature == null ? settings.signature(me.candidateId())
                : settings.changeSignature(me.candidateId(), signature));
    }
}
