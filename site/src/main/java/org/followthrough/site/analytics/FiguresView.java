package org.followthrough.site.analytics;

import java.util.List;

/**
 * The three figures with their filters: response rates, time to first reply, outcomes by month. Each comes as a
 * table (readable without JavaScript) and as the same numbers in JSON for the chart drawn over it. {@code own} is
 * true on a candidate's own page: nothing is withheld there, small groups are flagged instead.
 */
public record FiguresView(Filters filters, boolean own, int threshold, List<RateRow> rates, List<CurveRow> curves,
                          List<MonthRow> months, String ratesChart, String curvesChart, String outcomesChart) {

    public FiguresView {
        rates = List.copyOf(rates);
        curves = List.copyOf(curves);
        months = List.copyOf(months);
    }

    public boolean anyFew() {
        return rates.stream().anyMatch(row -> row.few() && !row.suppressed())
                || curves.stream().anyMatch(row -> row.few() && !row.suppressed())
                || months.stream().anyMatch(row -> row.few() && !row.suppressed());
    }
}
