package org.followthrough.analytics.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.Period;
import org.followthrough.analytics.ResponseRates;
import org.followthrough.analytics.TimeToReply;
import org.followthrough.analytics.cohorts.MonthOutcomes;
import org.followthrough.analytics.rates.Proportion;
import org.followthrough.analytics.survival.SurvivalCurve;
import org.followthrough.analytics.survival.SurvivalStep;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The figures as the API answers them, in JSON (as {@link FigureCsv} writes them as CSV). A withheld group says
 * {@code suppressed: true} and carries no numbers at all; on a candidate's own figures {@code fewInterviews} says when
 * a number rests on fewer than five interviews.
 */
public final class FigureAnswers {

    private FigureAnswers() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RateGroup(String group, boolean suppressed, @Nullable Boolean fewInterviews, @Nullable Integer interviews,
                            @Nullable Integer replied, @Nullable Double rate, @Nullable Double ciLow,
                            @Nullable Double ciHigh) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rates(GroupBy groupBy, int within, @Nullable LocalDate from, @Nullable LocalDate to,
                        List<RateGroup> groups, @Nullable Window window) {
    }

    /**
     * The whole calendar months a coach's figures cover ({@code null} at an open end), and whether the days asked for
     * were widened to get there.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Window(@Nullable String from, @Nullable String to, boolean roundedOut) {

        static @Nullable Window of(Period covered, Period asked, boolean own) {
            if (own) {
                return null;
            }
            return new Window(covered.from() == null ? null : YearMonth.from(covered.from()).toString(),
                    covered.to() == null ? null : YearMonth.from(covered.to()).toString(), !covered.equals(asked));
        }
    }

    public record Step(int day, double survival, int atRisk, int replies) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Curve(String group, boolean suppressed, @Nullable Boolean fewInterviews, @Nullable Integer interviews,
                        @Nullable Integer replies, @Nullable List<Step> steps, @Nullable Integer medianDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Curves(GroupBy groupBy, OffsetDateTime asOf, @Nullable LocalDate from, @Nullable LocalDate to,
                         List<Curve> groups, @Nullable Window window) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Month(String month, boolean suppressed, @Nullable Boolean fewInterviews,
                        @Nullable Integer opportunities, @Nullable Integer offer, @Nullable Integer rejection,
                        @Nullable Integer ghosted, @Nullable Integer withdrawn, @Nullable Integer stillOpen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcomes(@Nullable LocalDate from, @Nullable LocalDate to, List<Month> months,
                           @Nullable Window window) {
    }

    /** {@code own}: a candidate's own figures, where small groups are flagged rather than withheld. */
    public static Rates rates(ResponseRates rates, boolean own, Period asked) {
        return new Rates(rates.groupBy(), rates.withinDays(), rates.period().from(), rates.period().to(),
                rates.groups().stream().map(group -> rateGroup(group, own)).toList(),
                Window.of(rates.period(), asked, own));
    }

    private static RateGroup rateGroup(ResponseRates.Group group, boolean own) {
        if (group.suppressed()) {
            return new RateGroup(group.group(), true, null, null, null, null, null, null);
        }
        Proportion replied = group.replied();
        return new RateGroup(group.group(), false, own ? group.few() : null, group.interviews(),
                replied == null ? 0 : replied.successes(), replied == null ? null : replied.rate(),
                replied == null ? null : replied.lower(), replied == null ? null : replied.upper());
    }

    public static Curves curves(TimeToReply answer, ZoneId zone, boolean own, Period asked) {
        return new Curves(answer.groupBy(), answer.asOf().atZone(zone).toOffsetDateTime(), answer.period().from(),
                answer.period().to(), answer.groups().stream().map(group -> curve(group, own)).toList(),
                Window.of(answer.period(), asked, own));
    }

    private static Curve curve(TimeToReply.Group group, boolean own) {
        SurvivalCurve curve = group.curve();
        if (group.suppressed() || curve == null) {
            return new Curve(group.group(), true, null, null, null, null, null);
        }
        return new Curve(group.group(), false, own ? group.few() : null, curve.subjects(), curve.replies(),
                curve.steps().stream().map(FigureAnswers::step).toList(), curve.medianDay());
    }

    private static Step step(SurvivalStep step) {
        return new Step(step.day(), step.survival(), step.atRisk(), step.replies());
    }

    public static Outcomes outcomes(List<MonthOutcomes> months, Period covered, boolean own, Period asked) {
        return new Outcomes(covered.from(), covered.to(), months.stream().map(month -> month(month, own)).toList(),
                Window.of(covered, asked, own));
    }

    private static Month month(MonthOutcomes month, boolean own) {
        MonthOutcomes.Counts counts = month.counts();
        if (month.suppressed() || counts == null) {
            return new Month(month.month().toString(), true, null, null, null, null, null, null, null);
        }
        return new Month(month.month().toString(), false, own ? month.few() : null, counts.opportunities(),
                counts.offer(), counts.rejection(), counts.ghosted(), counts.withdrawn(), counts.stillOpen());
    }
}
