package org.followthrough.site.analytics;

import org.followthrough.site.forms.Choice;

import java.util.List;

/**
 * The filter form above the figures, filled with what is shown now; {@code query} repeats it for the CSV links, and
 * {@code problem} says why a filter that could not be read was set back to its default.
 */
public record Filters(String action, String groupBy, int within, String from, String to, String asOf, String query,
                      String problem) {

    public List<Choice> groupings() {
        return GroupLabels.GROUPINGS;
    }

    public String groupingLabel() {
        return GroupLabels.grouping(groupBy);
    }
}
