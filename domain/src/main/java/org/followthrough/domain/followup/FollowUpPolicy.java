package org.followthrough.domain.followup;

import org.followthrough.domain.shared.RuleViolation;

import java.time.Duration;

/**
 * The numbers behind the follow-up rules. The defaults come from the sources in DESIGN.md; a candidate (or their
 * coach) may choose other numbers, within sensible bounds.
 *
 * @param thankYouWithin             how soon after an interview ends a thank-you should go out
 * @param handwrittenIfDecisionDaysAway a handwritten note is suggested only when the decision is further away
 * @param nextStepsBusinessDays      asking about next steps, in business days after the interview
 * @param checkInBusinessDaysAfterStatedDate the first check-in after the employer's own date
 * @param checkInDaysAfterFewDays    the first check-in when they said "within a few days"
 * @param checkInDaysWithoutTimeline the first check-in when they named no date at all
 * @param daysBetweenCheckIns        the cadence: no check-in sooner than this after the previous one
 * @param checkInsPerRound           at most this many check-ins per interview round
 * @param moveOnAfterDaysOfSilence   no word from the employer for this long: suggest moving on
 * @param clearTheAirBusinessDays    telling them about a competing offer
 * @param answerConcernBusinessDays  answering a concern or a request for information
 * @param afterOutcomeBusinessDays   thanking them after an offer or a rejection
 */
public record FollowUpPolicy(Duration thankYouWithin, int handwrittenIfDecisionDaysAway, int nextStepsBusinessDays,
                             int checkInBusinessDaysAfterStatedDate, int checkInDaysAfterFewDays,
                             int checkInDaysWithoutTimeline, int daysBetweenCheckIns, int checkInsPerRound,
                             int moveOnAfterDaysOfSilence, int clearTheAirBusinessDays, int answerConcernBusinessDays,
                             int afterOutcomeBusinessDays) {

    public static final FollowUpPolicy DEFAULTS = new FollowUpPolicy(Duration.ofHours(24), 7, 1, 1, 7, 14, 7, 3, 30,
            1, 1, 2);

    public FollowUpPolicy {
        if (thankYouWithin == null || thankYouWithin.isNegative() || thankYouWithin.isZero()
                || thankYouWithin.compareTo(Duration.ofDays(7)) > 0) {
            throw new RuleViolation("policy.thankYouWithin", "must be between 1 hour and 7 days");
        }
        within("policy.handwrittenIfDecisionDaysAway", handwrittenIfDecisionDaysAway, 0, 60);
        within("policy.nextStepsBusinessDays", nextStepsBusinessDays, 0, 10);
        within("policy.checkInBusinessDaysAfterStatedDate", checkInBusinessDaysAfterStatedDate, 0, 10);
        within("policy.checkInDaysAfterFewDays", checkInDaysAfterFewDays, 1, 30);
        within("policy.checkInDaysWithoutTimeline", checkInDaysWithoutTimeline, 1, 60);
        within("policy.daysBetweenCheckIns", daysBetweenCheckIns, 1, 60);
        within("policy.checkInsPerRound", checkInsPerRound, 0, 10);
        within("policy.moveOnAfterDaysOfSilence", moveOnAfterDaysOfSilence, 7, 180);
        within("policy.clearTheAirBusinessDays", clearTheAirBusinessDays, 0, 10);
        within("policy.answerConcernBusinessDays", answerConcernBusinessDays, 0, 10);
        within("policy.afterOutcomeBusinessDays", afterOutcomeBusinessDays, 0, 10);
    }

    private static void within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new RuleViolation(field, "must be between " + min + " and " + max);
        }
    }
}
