package org.followthrough.site.settings;

import org.followthrough.site.forms.Choice;

import java.util.List;

/**
 * The settings page: where the candidate lives (the time zones to suggest, the regions with holiday data to choose
 * from), and the numbers of their follow-up policy.
 */
public record SettingsForm(List<PolicyField> fields, List<String> zones, List<Choice> regions) {

    public static final List<PolicyField> FIELDS = List.of(
            new PolicyField("thankYouWithinHours", "Send a thank-you within", "hours", 24, 1, 168),
            new PolicyField("checkInBusinessDaysAfterStatedDate", "Check in after the date they gave, by", "business days", 1, 0, 10),
            new PolicyField("checkInDaysAfterFewDays", "When they said \"a few days\", check in after", "days", 7, 1, 30),
            new PolicyField("checkInDaysWithoutTimeline", "When they gave no date, check in after", "days", 14, 1, 60),
            new PolicyField("daysBetweenCheckIns", "Wait between check-ins at least", "days", 7, 1, 60),
            new PolicyField("checkInsPerRound", "Check in at most, per round,", "times", 3, 0, 10),
            new PolicyField("moveOnAfterDaysOfSilence", "Suggest moving on after a silence of", "days", 30, 7, 180),
            new PolicyField("nextStepsBusinessDays", "Ask about next steps within", "business days", 1, 0, 10),
            new PolicyField("clearTheAirBusinessDays", "Mention another offer within", "business days", 1, 0, 10),
            new PolicyField("answerConcernBusinessDays", "Answer a concern within", "business days", 1, 0, 10),
            new PolicyField("afterOutcomeBusinessDays", "Thank them after a decision within", "business days", 2, 0, 10),
            new PolicyField("handwrittenIfDecisionDaysAway", "Suggest a handwritten note when the decision is more than", "days away", 7, 0, 60));

    public SettingsForm {
        fields = List.copyOf(fields);
        zones = List.copyOf(zones);
        regions = List.copyOf(regions);
    }
}
