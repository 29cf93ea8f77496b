package org.followthrough.application.settings;

import org.followthrough.domain.followup.FollowUpPolicy;
import org.jspecify.annotations.Nullable;

import java.time.Duration;

/** A change of settings as people make it, in the API or on the settings page: each part left out stays as it is. */
public record SettingsChange(@Nullable String timeZone, @Nullable String region, @Nullable Policy policy,
                             @Nullable Boolean digestEnabled, @Nullable String digestTime) {

    public SettingsChange(@Nullable String timeZone, @Nullable String region, @Nullable Policy policy) {
        this(timeZone, region, policy, null, null);
    }

    /** The policy's numbers in the units people think in; each may be left out to keep the current one. */
    public record Policy(@Nullable Integer thankYouWithinHours, @Nullable Integer handwrittenIfDecisionDaysAway,
                         @Nullable Integer nextStepsBusinessDays, @Nullable Integer checkInBusinessDaysAfterStatedDate,
                         @Nullable Integer checkInDaysAfterFewDays, @Nullable Integer checkInDaysWithoutTimeline,
                         @Nullable Integer daysBetweenCheckIns, @Nullable Integer checkInsPerRound,
                         @Nullable Integer moveOnAfterDaysOfSilence, @Nullable Integer clearTheAirBusinessDays,
                         @Nullable Integer answerConcernBusinessDays, @Nullable Integer afterOutcomeBusinessDays) {

        public static Policy of(FollowUpPolicy policy) {
            return new Policy((int) policy.thankYouWithin().toHours(), policy.handwrittenIfDecisionDaysAway(),
                    policy.nextStepsBusinessDays(), policy.checkInBusinessDaysAfterStatedDate(),
                    policy.checkInDaysAfterFewDays(), policy.checkInDaysWithoutTimeline(), policy.daysBetweenCheckIns(),
                    policy.checkInsPerRound(), policy.moveOnAfterDaysOfSilence(), policy.clearTheAirBusinessDays(),
                    policy.answerConcernBusinessDays(), policy.afterOutcomeBusinessDays());
        }

        /** The current policy with these numbers in place of its own; the domain checks the bounds. */
        public FollowUpPolicy over(FollowUpPolicy current) {
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
}
