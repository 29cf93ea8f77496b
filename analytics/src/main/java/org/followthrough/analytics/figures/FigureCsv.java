package org.followthrough.analytics.figures;

import org.followthrough.analytics.ResponseRates;
import org.followthrough.analytics.TimeToReply;
import org.followthrough.analytics.cohorts.MonthOutcomes;
import org.followthrough.analytics.rates.Proportion;
import org.followthrough.analytics.survival.SurvivalCurve;
import org.followthrough.analytics.survival.SurvivalStep;

import java.util.List;
import java.util.Locale;

/** The figures as CSV, one file per figure. A withheld group is a row that says so, with every number left empty. */
public final class FigureCsv {

    private FigureCsv() {
    }

    public static String rates(ResponseRates rates) {
        StringBuilder csv = new StringBuilder("group_by,group,within_days,suppressed,interviews,replied,rate,ci_low,ci_high\n");
        for (ResponseRates.Group group : rates.groups()) {
            Proportion replied = group.replied();
            csv.append(rates.groupBy()).append(',').append(quote(group.group())).append(',').append(rates.withinDays())
                    .append(',').append(group.suppressed()).append(',');
            if (group.suppressed()) {
                csv.append(",,,,\n");
            } else {
                csv.append(group.interviews()).append(',').append(replied == null ? 0 : replied.successes()).append(',')
                        .append(replied == null ? "" : number(replied.rate())).append(',')
                        .append(replied == null ? "" : number(replied.lower())).append(',')
                        .append(replied == null ? "" : number(replied.upper())).append('\n');
            }
        }
        return csv.toString();
    }

    public static String curves(TimeToReply curves) {
        StringBuilder csv = new StringBuilder("group_by,group,suppressed,interviews,median_days,day,at_risk,replies,survival\n");
        for (TimeToReply.Group group : curves.groups()) {
            SurvivalCurve curve = group.curve();
            String head = curves.groupBy() + "," + quote(group.group()) + "," + group.suppressed() + ",";
            if (group.suppressed() || curve == null) {
                csv.append(head).append(",,,,,\n");
                continue;
            }
            String median = curve.medianDay() == null ? "" : String.valueOf(curve.medianDay());
            if (curve.steps().isEmpty()) {
                csv.append(head).append(curve.subjects()).append(',').append(median).append(",,,,\n");
            }
            for (SurvivalStep step : curve.steps()) {
                csv.append(head).append(curve.subjects()).append(',').append(median).append(',').append(step.day())
                        .append(',').append(step.atRisk()).append(',').append(step.replies()).append(',')
                        .append(number(step.survival())).append('\n');
            }
        }
        return csv.toString();
    }

    public static String outcomes(List<MonthOutcomes> months) {
        StringBuilder csv = new StringBuilder("month,suppressed,opportunities,offer,rejection,ghosted,withdrawn,still_open\n");
        for (MonthOutcomes month : months) {
            MonthOutcomes.Counts counts = month.counts();
            csv.append(month.month()).append(',').append(month.suppressed()).append(',');
            if (month.suppressed() || counts == null) {
                csv.append(",,,,,\n");
            } else {
                csv.append(counts.opportunities()).append(',').append(counts.offer()).append(',')
                        .append(counts.rejection()).append(',').append(counts.ghosted()).append(',')
                        .append(counts.withdrawn()).append(',').append(counts.stillOpen()).append('\n');
            }
        }
        return csv.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Group names are ours ("3+"), but a leading sign could still make a spreadsheet read a formula. */
    private static String quote(String text) {
        return text.matches("^[=+\\-@].*") ? "'" + text : text;
    }
}
