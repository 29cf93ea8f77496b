package org.followthrough.site.analytics;

import org.followthrough.analytics.ResponseRates;
import org.followthrough.analytics.TimeToReply;
import org.followthrough.analytics.cohorts.MonthOutcomes;
import org.followthrough.analytics.rates.Proportion;
import org.followthrough.analytics.survival.SurvivalCurve;
import org.followthrough.analytics.survival.SurvivalStep;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Turns the figures into what the pages show: tables of words and numbers, and the same numbers as chart data. */
public final class FigureTables {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private FigureTables() {
    }

    /** @param json writes the chart data as JSON, for the script that draws them over the tables */
    public static FiguresView view(Filters filters, boolean own, int threshold, ResponseRates rates, TimeToReply curves,
                                   List<MonthOutcomes> months, Function<Object, String> json) {
        return new FiguresView(filters, own, threshold, rateRows(rates), curveRows(curves), monthRows(months),
                json.apply(ratesChart(rates)), json.apply(curvesChart(curves)), json.apply(outcomesChart(months)));
    }

    private static List<RateRow> rateRows(ResponseRates rates) {
        return rates.groups().stream().map(group -> {
            Proportion replied = group.replied();
            if (group.suppressed()) {
                return new RateRow(group.group(), GroupLabels.group(group.group()), true, true, "", "", "", "");
            }
            return new RateRow(group.group(), GroupLabels.group(group.group()), false, group.few(),
                    String.valueOf(group.interviews()), replied == null ? "0" : String.valueOf(replied.successes()),
                    replied == null ? "–" : percent(replied.rate()),
                    replied == null ? "–" : percent(replied.lower()) + " to " + percent(replied.upper()));
        }).toList();
    }

    private static List<CurveRow> curveRows(TimeToReply curves) {
        return curves.groups().stream().map(group -> {
            SurvivalCurve curve = group.curve();
            if (group.suppressed() || curve == null) {
                return new CurveRow(group.group(), GroupLabels.group(group.group()), true, true, "", "", "", List.of());
            }
            String median = curve.subjects() == 0 ? ""
                    : curve.medianDay() == null ? "fewer than half have heard back so far"
                    : "half had heard back by day " + curve.medianDay();
            return new CurveRow(group.group(), GroupLabels.group(group.group()), false, group.few(),
                    String.valueOf(curve.subjects()), String.valueOf(curve.replies()), median,
                    curve.steps().stream().map(step -> new CurveRow.Step(step.day(), percent(step.survival()),
                            step.atRisk(), step.replies())).toList());
        }).toList();
    }

    private static List<MonthRow> monthRows(List<MonthOutcomes> months) {
        return months.stream().map(month -> {
            MonthOutcomes.Counts counts = month.counts();
            String label = month.month().format(MONTH);
            if (month.suppressed() || counts == null) {
                return new MonthRow(month.month().toString(), label, true, true, "", "", "", "", "", "");
            }
            return new MonthRow(month.month().toString(), label, false, month.few(), String.valueOf(counts.opportunities()),
                    String.valueOf(counts.offer()), String.valueOf(counts.rejection()), String.valueOf(counts.ghosted()),
                    String.valueOf(counts.withdrawn()), String.valueOf(counts.stillOpen()));
        }).toList();
    }

    /** Withheld groups stay on the axis with no bar, so that the chart shows the same groups as the table. */
    private static Map<String, Object> ratesChart(ResponseRates rates) {
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> rate = new ArrayList<>();
        List<@Nullable List<Double>> interval = new ArrayList<>();
        for (ResponseRates.Group group : rates.groups()) {
            labels.add(GroupLabels.group(group.group()) + (group.suppressed() ? " (withheld)" : ""));
            Proportion replied = group.replied();
            rate.add(replied == null ? null : replied.rate());
            interval.add(replied == null ? null : List.of(replied.lower(), replied.upper()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("rate", rate);
        chart.put("interval", interval);
        return chart;
    }

    /** Each shown group as points of a step line: it starts at everyone waiting on day 0. */
    private static Map<String, Object> curvesChart(TimeToReply curves) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (TimeToReply.Group group : curves.groups()) {
            SurvivalCurve curve = group.curve();
            if (group.suppressed() || curve == null || curve.subjects() == 0) {
                continue;
            }
            List<Map<String, Number>> points = new ArrayList<>();
            points.add(Map.of("x", 0, "y", 1.0));
            for (SurvivalStep step : curve.steps()) {
                points.add(Map.of("x", step.day(), "y", step.survival()));
            }
            groups.add(Map.of("label", GroupLabels.group(group.group()), "points", points));
        }
        return Map.of("groups", groups);
    }

    private static Map<String, Object> outcomesChart(List<MonthOutcomes> months) {
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<@Nullable Integer> offer = new ArrayList<>();
        List<@Nullable Integer> rejection = new ArrayList<>();
        List<@Nullable Integer> ghosted = new ArrayList<>();
        List<@Nullable Integer> withdrawn = new ArrayList<>();
        List<@Nullable Integer> stillOpen = new ArrayList<>();
        for (MonthOutcomes month : months) {
            MonthOutcomes.Counts counts = month.counts();
            labels.add(month.month().format(MONTH) + (month.suppressed() ? " (withheld)" : ""));
            offer.add(counts == null ? null : counts.offer());
            rejection.add(counts == null ? null : counts.rejection());
            ghosted.add(counts == null ? null : counts.ghosted());
            withdrawn.add(counts == null ? null : counts.withdrawn());
            stillOpen.add(counts == null ? null : counts.stillOpen());
        }
        chart.put("labels", labels);
        chart.put("offer", offer);
        chart.put("rejection", rejection);
        chart.put("ghosted", ghosted);
        chart.put("withdrawn", withdrawn);
        chart.put("stillOpen", stillOpen);
        return chart;
    }

    private static String percent(double share) {
        return String.format(Locale.ENGLISH, "%.0f %%", share * 100);
    }
}
