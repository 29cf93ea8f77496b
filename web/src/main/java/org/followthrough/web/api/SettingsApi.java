package org.followthrough.web.api;

import jakarta.validation.Valid;
import org.followthrough.application.dueactions.DueActionRefresh;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.SettingsService;
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

import java.time.Duration;

/** The candidate's time zone, region (for public holidays) and the numbers of their follow-up policy. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class SettingsApi {

    private final SettingsService settings;
    private final DueActionRefresh dueActions;

    SettingsApi(SettingsService settings, DueActionRefresh dueActions) {
        this.settings = settings;
        this.dueActions = dueActions;
    }

    /** The policy in the units people think in; every number may be left out to keep the current one. */
    record Policy(@Nullable Integer thankYouWithinHours, @Nullable Integer handwrittenIfDecisionDaysAway,
                  @Nullable Integer nextStepsBusinessDays, @Nullable Integer checkInBusinessDaysAfterStatedDate,
                  @Nullable Integer checkInDaysAfterFewDays, @Nullable Integer checkInDaysWithoutTimeline,
                  @Nullable Integer daysBetweenCheckIns, @Nullable Integer checkInsPerRound,
                  @Nullable Integer moveOnAfterDaysOfSilence, @Nullable Integer clearTheAirBusinessDays,
                  @Nullable Integer answerConcernBusinessDays, @Nullable Integer afterOutcomeBusinessDays) {

        static Policy of(FollowUpPolicy policy) {
            return new Policy((int) policy.thankYouWithin().toHours(), policy.handwrittenIfDecisionDaysAway(),
                    policy.nextStepsBusinessDays(), policy.checkInBusinessDaysAfterStatedDate(),
                    policy.checkInDaysAfterFewDays(), policy.checkInDaysWithoutTimeline(), policy.daysBetweenCheckIns(),
                    policy.checkInsPerRound(), policy.moveOnAfterDaysOfSilence(), policy.clearTheAirBusinessDays(),
                    policy.answerConcernBusinessDays(), policy.afterOutcomeBusinessDays());
        }

        FollowUpPolicy over(FollowUpPolicy current) {
            return new FollowUpPolicy(
                    thankYouWithinHours == null ? current.thankYouWithin() : Duration.ofHours(thankYouWithinHours),
                    or(handwrittenIfDecisionDaysAway, current.handwrittenIfDecisionDaysAway()),
                    or(nextStepsBusinessDays, current.nextStepsBusinessDays()),
                    or(checkInBusinessDaysAfterStatedDate, current.checkInBusinessDaysAfterStatedDate()),
                    or(checkInDaysAfterFewDays, current.checkInDaysAfterFewDays()),
                    or(checkInDaysWithoutTimeline, current.checkInDaysWithoutTimeline()),
                    or(daysBetweenCheckIns, current.daysBetweenCheckIns()),
                    or(checkInsPerRound, current.checkInsPerRound()),
                    or(moveOnAfterDaysOfSilence, current.moveOnAfterDaysOfSilence()),
                    or(clearTheAirBusinessDays, current.clearTheAirBusinessDays()),
                    or(answerConcernBusinessDays, current.answerConcernBusinessDays()),
                    or(afterOutcomeBusinessDays, current.afterOutcomeBusinessDays()));
        }

        private static int or(@Nullable Integer value, int current) {
            return value == null ? current : value;
        }
    }

    record Settings(String timeZone, String region, Policy policy, Policy defaults) {

        static Settings of(CandidateSettings settings) {
            return new Settings(settings.timeZone().getId(), settings.region().code(), Policy.of(settings.policy()),
                    Policy.of(FollowUpPolicy.DEFAULTS));
        }
    }

    record SettingsBody(@Nullable String timeZone, @Nullable String region, @Nullable @Valid Policy policy) {
    }

    @GetMapping("/settings")
    Settings settings(@AuthenticationPrincipal SignedInUser me) {
        return Settings.of(settings.current(me.candidateId()));
    }

    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    Settings change(@AuthenticationPrincipal SignedInUser me, @RequestBody SettingsBody body) {
        CandidateSettings current = settings.current(me.candidateId());
        FollowUpPolicy policy = body.policy() == null ? current.policy() : body.policy().over(current.policy());
        CandidateSettings changed = settings.change(me.candidateId(),
                body.timeZone() == null ? current.timeZone().getId() : body.timeZone(),
                body.region() == null ? current.region().code() : body.region(), policy);
        dueActions.recomputeAllOf(me.candidateId());
        return Settings.of(changed);
    }
}
