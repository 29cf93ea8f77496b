package org.followthrough.site.analytics;

import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.Period;
import org.followthrough.site.format.Links;
import org.followthrough.site.forms.Choice;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter form above the figures, filled with what is shown now; {@code query} repeats it for the CSV links, and
 * {@code problem} says why a filter that could not be read was set back to its default.
 */
public record Filters(String action, String groupBy, int within, String from, String to, String asOf, String query,
                      String problem) {

    /** The form for the figures shown: grouped so, over that reply window and period, seen as of {@code asOf}. */
    public static Filters of(String action, GroupBy groupBy, int within, Period period, @Nullable String asOf,
                             String problem) {
        Map<String, @Nullable Object> query = new LinkedHashMap<>();
        query.put("groupBy", groupBy.name());
        query.put("within", within);
        query.put("from", period.from());
        query.put("to", period.to());
        query.put("asOf", asOf == null || asOf.isBlank() ? null : asOf);
        return new Filters(action, groupBy.name(), within, period.from() == null ? "" : period.from().toString(),
                period.to() == null ? "" : period.to().toString(), asOf == null ? "" : asOf,
                Links.withQuery("", query).substring(1), problem);
    }

    public List<Choice> groupings() {
        return GroupLabels.GROUPINGS;
    }

    public String groupingLabel() {
        return GroupLabels.grouping(groupBy);
    }
}
