package org.followthrough.site.analytics;

/** One row of the response-rate table; the numbers are empty when the group is withheld. */
public record RateRow(String group, String label, boolean suppressed, boolean few, String interviews, String replied,
                      String rate, String interval) {
}
