package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.reminders.Digests;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.SettingsChange;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.web.security.SignedInUser;
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
class SettingsApi {

    private final SettingsService settings;
    private final Digests digests;

    SettingsApi(SettingsService settings, Digests digests) {
        this.settings = settings;
        this.digests = digests;
    }

    @Schema(name = "CandidateSettings")
    /** {@code mailConfigured}: whether this server can send the digest at all. */
    record Settings(String timeZone, String region, SettingsChange.Policy policy, SettingsChange.Policy defaults,
                    boolean digestEnabled, String digestTime, boolean mailConfigured) {

        static Settings of(CandidateSettings settings, boolean mailConfigured) {
            return new Settings(settings.timeZone().getId(), settings.region().code(),
                    SettingsChange.Policy.of(settings.policy()), SettingsChange.Policy.of(FollowUpPolicy.DEFAULTS),
                    settings.digestEnabled(), settings.digestTime().toString(), mailConfigured);
        }
    }

    @Operation(operationId = "getSettings", summary = "Get your settings",
            description = "Your time zone, region (for public holidays), and follow-up policy, with the defaults beside it.")
    @GetMapping("/settings")
    Settings settings(@AuthenticationPrincipal SignedInUser me) {
        return Settings.of(settings.current(me.candidateId()), digests.mailConfigured());
    }

    /** Every part may be left out to keep the current one; due actions are worked out again before this answers. */
    @Operation(operationId = "changeSettings", summary = "Change your settings",
            description = "Every part may be left out to keep the current one. Your due actions are worked out again under the new settings before this answers.")
    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    Settings change(@AuthenticationPrincipal SignedInUser me, @RequestBody SettingsChange body) {
        return Settings.of(settings.change(me.candidateId(), body), digests.mailConfigured());
    }
}
