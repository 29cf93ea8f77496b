package org.followthrough.site.analytics;

/** One month of the outcomes table: counts of opportunities by how they ended, or nothing when withheld. */
public record MonthRow(String month, String label, boolean suppressed, boolean few, String opportunities, String offer,
                       String rejection, String ghosted, String withdrawn, String stillOpen) {
}
