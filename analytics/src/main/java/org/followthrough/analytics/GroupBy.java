package org.followthrough.analytics;

import java.util.List;

/** How the coach's figures split interviews into groups, and the groups each way has, in the order shown. */
public enum GroupBy {
    THANK_YOU_TIMING("thank_you_timing", List.of("WITHIN_24H", "LATER", "NONE")),
    CHANNEL("COALESCE(thank_you_channel, 'NONE')", List.of("EMAIL", "HANDWRITTEN", "LINKEDIN", "PHONE", "NONE")),
    FOLLOW_UPS("CASE WHEN check_ins >= 3 THEN '3+' ELSE check_ins::text END", List.of("0", "1", "2", "3+"));

    private final String column;
    private final List<String> groups;

    GroupBy(String column, List<String> groups) {
        this.column = column;
        this.groups = groups;
    }

    /** The SQL expression over {@code outcome_fact} that names an interview's group. */
    public String column() {
        return column;
    }

    public List<String> groups() {
        return groups;
    }
}
