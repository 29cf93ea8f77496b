package org.followthrough.site.analytics;

import org.followthrough.site.forms.Choice;

import java.util.List;
import java.util.Map;

/** The words for each way of grouping interviews and for each group. */
public final class GroupLabels {

    public static final List<Choice> GROUPINGS = List.of(
            new Choice("THANK_YOU_TIMING", "When the thank-you went out"),
            new Choice("CHANNEL", "How the thank-you went out"),
            new Choice("FOLLOW_UPS", "Check-ins before the first reply"));

    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("WITHIN_24H", "Thanked within 24 hours"),
            Map.entry("LATER", "Thanked later"),
            Map.entry("NONE", "No thank-you"),
            Map.entry("EMAIL", "By e-mail"),
            Map.entry("HANDWRITTEN", "Handwritten note"),
            Map.entry("LINKEDIN", "On LinkedIn"),
            Map.entry("PHONE", "By phone"),
            Map.entry("0", "No check-in"),
            Map.entry("1", "One check-in"),
            Map.entry("2", "Two check-ins"),
            Map.entry("3+", "Three or more"));

    private GroupLabels() {
    }

    public static String group(String group) {
        return GROUPS.getOrDefault(group, group);
    }

    public static String grouping(String groupBy) {
        return GROUPINGS.stream().filter(choice -> choice.value().equals(groupBy)).map(Choice::label).findFirst()
                .orElse(groupBy);
    }
}
