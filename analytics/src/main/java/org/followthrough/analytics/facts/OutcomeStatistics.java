package org.followthrough.analytics.facts;

import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.Period;
import org.followthrough.analytics.ResponseRates;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.TimeToReply;
import org.followthrough.analytics.cohorts.MonthOutcomes;
import org.followthrough.analytics.privacy.CountNoise;
import org.followthrough.analytics.rates.Proportion;
import org.followthrough.analytics.survival.KaplanMeier;
import org.followthrough.analytics.survival.SurvivalCurve;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Answers the three questions over {@code outcome_fact}, the query side of {@link OutcomeFactsProjection}: response
 * rates, time to first reply, outcomes by month. The counting happens in PostgreSQL (one grouped scan each); the
 * estimators run on the handful of counts that come back, so the answer takes about as long for a hundred thousand
 * interviews as for a hundred.
 */
@Component
public record OutcomeStatistics(JdbcClient jdbc, PlatformTransactionManager transactions, CountNoise noise) {

    public static final int LONGEST_WINDOW_DAYS = 365;

    /**
     * Interviews count once their window of {@code withinDays} (24-hour days) is over by {@code now}: one still inside
     * it might yet hear back, and leaving only the unanswered ones out would flatter the rate. Replied within N days
     * means {@code reply_days <= N}, the same whole days as the time-to-reply curve counts.
     */
    public ResponseRates responseRates(Scope scope, GroupBy groupBy, int withinDays, Period period, Instant now) {
        if (withinDays < 1 || withinDays > LONGEST_WINDOW_DAYS) {
            throw new RuleViolation("within", "must be a number of days from 1 to " + LONGEST_WINDOW_DAYS);
        }
        Map<String, int[]> counts = new HashMap<>();
        if (!scope.candidates().isEmpty()) {
            withCustomPlans(() -> jdbc.sql("""
                            SELECT %s AS grp, count(*) AS interviews,
                                   count(*) FILTER (WHERE reply_days <= :within) AS replied,
                                   count(DISTINCT candidate_id) AS candidates
                            FROM outcome_fact
                            WHERE candidate_id = ANY(:candidates) AND ended_at >= :start AND ended_at < :end
                              AND ended_at <= :windowsOverBy
                            GROUP BY 1""".formatted(groupBy.column()))
                    .param("within", withinDays)
                    .param("candidates", ids(scope))
                    .param("start", Timestamp.from(period.start(scope.zone())))
                    .param("end", Timestamp.from(period.end(scope.zone())))
                    .param("windowsOverBy", Timestamp.from(now.minus(Duration.ofDays(withinDays))))
                    .query(row -> {
                        counts.put(row.getString("grp"), new int[] {row.getInt("interviews"), row.getInt("replied"),
                                row.getInt("candidates")});
                    }));
        }
        List<ResponseRates.Group> groups = new ArrayList<>();
        for (String group : groupBy.groups()) {
            int[] found = counts.getOrDefault(group, new int[3]);
            int interviews = found[0];
            int replied = found[1];
            if (scope.suppresses(found[2])) {
                groups.add(new ResponseRates.Group(group, true, true, null, null));
                continue;
            }
            if (scope.noisy()) {
                String label = label(scope, period, "response-rates/" + groupBy + "/" + withinDays, group);
                interviews = noise.noisy(interviews, label + "/interviews");
                replied = Math.min(interviews, noise.noisy(replied, label + "/replied"));
            }
            groups.add(new ResponseRates.Group(group, false, scope.isFew(interviews), interviews,
                    interviews == 0 ? null : Proportion.wilson95(interviews, replied)));
        }
        return new ResponseRates(groupBy, withinDays, period, groups);
    }

    /**
     * A reply counts on the day it came, in whole days after the interview rounded up (within 1 day, within 2 …); an
     * interview with no reply by {@code asOf} is censored at the earlier of its opportunity's close and {@code asOf},
     * in whole days watched, rounded down. Integer arithmetic on the precomputed day columns: timestamp arithmetic per
     * row made this the slowest of the three questions.
     */
    public TimeToReply timeToReply(Scope scope, GroupBy groupBy, Instant asOf, Period period) {
        Map<String, List<KaplanMeier.Tally>> tallies = new HashMap<>();
        if (!scope.candidates().isEmpty()) {
            withCustomPlans(() -> jdbc.sql("""
                            SELECT grp, day, count(*) FILTER (WHERE replied) AS replies, count(*) FILTER (WHERE NOT replied) AS censored
                            FROM (SELECT %s AS grp,
                                         (first_reply_at IS NOT NULL AND first_reply_at <= :asOf) AS replied,
                                         CASE WHEN first_reply_at IS NOT NULL AND first_reply_at <= :asOf THEN reply_days
                                              ELSE LEAST(COALESCE(closed_days, 2147483647),
                                                         GREATEST(0, (:asOfSecond - ended_second) / 86400)::int)
                                         END AS day
                                  FROM outcome_fact
                                  WHERE candidate_id = ANY(:candidates) AND ended_at <= :asOf
                                    AND ended_at >= :start AND ended_at < :end) AS observed
                            GROUP BY grp, day""".formatted(groupBy.column()))
                    .param("asOf", Timestamp.from(asOf))
                    .param("asOfSecond", asOf.getEpochSecond())
                    .param("candidates", ids(scope))
                    .param("start", Timestamp.from(period.start(scope.zone())))
                    .param("end", Timestamp.from(period.end(scope.zone())))
                    .query(row -> {
                        tallies.computeIfAbsent(row.getString("grp"), key -> new ArrayList<>())
                                .add(new KaplanMeier.Tally(row.getInt("day"), row.getInt("replies"), row.getInt("censored")));
                    }));
        }
        Map<String, Integer> people = people(scope, """
                SELECT %s AS grp, count(DISTINCT candidate_id) AS people FROM outcome_fact
                WHERE candidate_id = ANY(:candidates) AND ended_at <= :asOf AND ended_at >= :start AND ended_at < :end
                GROUP BY 1""".formatted(groupBy.column()), period, asOf);
        List<TimeToReply.Group> groups = new ArrayList<>();
        for (String group : groupBy.groups()) {
            if (scope.suppresses(people.getOrDefault(group, 0))) {
                groups.add(new TimeToReply.Group(group, true, true, null, null));
                continue;
            }
            List<KaplanMeier.Tally> found = tallies.getOrDefault(group, List.of());
            if (scope.noisy()) {
                found = noisyTallies(found, label(scope, period, "time-to-reply/" + groupBy + "/" + asOf, group));
            }
            SurvivalCurve curve = KaplanMeier.of(found);
            if (curve.subjects() == 0 && scope.noisy()) {
                groups.add(new TimeToReply.Group(group, true, true, null, null));
            } else {
                groups.add(new TimeToReply.Group(group, false, scope.isFew(curve.subjects()), curve.subjects(), curve));
            }
        }
        return new TimeToReply(groupBy, asOf, period, groups);
    }

    /** Each opportunity once, in the month (in the scope's time zone) of its first interview. */
    public List<MonthOutcomes> outcomesByMonth(Scope scope, Period period) {
        Map<YearMonth, int[]> byMonth = new TreeMap<>();
        if (!scope.candidates().isEmpty()) {
            withCustomPlans(() -> jdbc.sql("""
                            SELECT to_char(ended_at AT TIME ZONE :zone, 'YYYY-MM') AS month, COALESCE(outcome, 'STILL_OPEN') AS outcome,
                                   count(*) AS opportunities
                            FROM outcome_fact
                            WHERE first_round AND candidate_id = ANY(:candidates) AND ended_at >= :start AND ended_at < :end
                            GROUP BY 1, 2""")
                    .param("zone", scope.zone().getId())
                    .param("candidates", ids(scope))
                    .param("start", Timestamp.from(period.start(scope.zone())))
                    .param("end", Timestamp.from(period.end(scope.zone())))
                    .query(row -> {
                        int[] counts = byMonth.computeIfAbsent(YearMonth.parse(row.getString("month")), month -> new int[5]);
                        counts[Outcomes.index(row.getString("outcome"))] += row.getInt("opportunities");
                    }));
        }
        Map<String, Integer> people = people(scope, """
                SELECT to_char(ended_at AT TIME ZONE :zone, 'YYYY-MM') AS grp, count(DISTINCT candidate_id) AS people
                FROM outcome_fact
                WHERE first_round AND candidate_id = ANY(:candidates) AND ended_at >= :start AND ended_at < :end
                GROUP BY 1""", period, null);
        List<MonthOutcomes> months = new ArrayList<>();
        byMonth.forEach((month, counts) -> {
            if (scope.suppresses(people.getOrDefault(month.toString(), 0))) {
                months.add(new MonthOutcomes(month, true, true, null));
                return;
            }
            if (scope.noisy()) {
                String label = label(scope, period, "outcomes", month.toString());
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = noise.noisy(counts[i], label + "/" + Outcomes.ORDER.get(i));
                }
            }
            int total = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
            months.add(total == 0 && scope.noisy() ? new MonthOutcomes(month, true, true, null)
                    : new MonthOutcomes(month, false, scope.isFew(total),
                    new MonthOutcomes.Counts(total, counts[0], counts[1], counts[2], counts[3], counts[4])));
        });
        return months;
    }

    /**
     * Runs a query in a read-only transaction that plans it for its actual parameters every time. Left to itself,
     * PostgreSQL switches a statement the driver has prepared five times to a generic plan; that plan cannot see how
     * many candidates are in scope, guesses a few hundred rows and sorts 100,000 on disk: three times slower.
     */
    private void withCustomPlans(Runnable query) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            query.run();
        });
    }

    /**
     * Distinct candidates per group, for the threshold, when a threshold applies. {@code asOf}: only interviews ended
     * by then, if given.
     */
    private Map<String, Integer> people(Scope scope, String sql, Period period, @Nullable Instant asOf) {
        Map<String, Integer> people = new HashMap<>();
        if (scope.candidates().isEmpty() || !scope.noisy()) {
            return people;
        }
        withCustomPlans(() -> {
            var statement = jdbc.sql(sql)
                    .param("candidates", ids(scope))
                    .param("start", Timestamp.from(period.start(scope.zone())))
                    .param("end", Timestamp.from(period.end(scope.zone())));
            if (asOf != null) {
                statement = statement.param("asOf", Timestamp.from(asOf));
            }
            if (sql.contains(":zone")) {
                statement = statement.param("zone", scope.zone().getId());
            }
            statement.query(row -> {
                people.put(row.getString("grp"), row.getInt("people"));
            });
        });
        return people;
    }

    /**
     * Every day from 0 to the last day seen gets noise on both of its counts, not only the days that had interviews:
     * otherwise a day appearing or vanishing would tell on one interview. Days past a year are counted as day 365.
     */
    private List<KaplanMeier.Tally> noisyTallies(List<KaplanMeier.Tally> tallies, String label) {
        Map<Integer, int[]> byDay = new TreeMap<>();
        int last = 0;
        for (KaplanMeier.Tally tally : tallies) {
            int day = Math.min(tally.day(), LONGEST_WINDOW_DAYS);
            int[] counts = byDay.computeIfAbsent(day, key -> new int[2]);
            counts[0] += tally.replies();
            counts[1] += tally.censored();
            last = Math.max(last, day);
        }
        List<KaplanMeier.Tally> noisy = new ArrayList<>();
        for (int day = 0; day <= last; day++) {
            int[] counts = byDay.getOrDefault(day, new int[2]);
            int replies = noise.noisy(counts[0], label + "/" + day + "/replies");
            int censored = noise.noisy(counts[1], label + "/" + day + "/censored");
            if (replies + censored > 0) {
                noisy.add(new KaplanMeier.Tally(day, replies, censored));
            }
        }
        return noisy;
    }

    /** What a noise draw is keyed by: whose interviews (a digest of the ids), the window, the figure and the group. */
    private static String label(Scope scope, Period period, String figure, String group) {
        return CountNoise.population(scope.candidates()) + "|" + period.from() + ".." + period.to() + "|" + scope.zone()
                + "|" + figure + "|" + group;
    }

    private static UUID[] ids(Scope scope) {
        return scope.candidates().stream().map(CandidateId::value).toArray(UUID[]::new);
    }

    /** The column of each outcome in the monthly counts. */
    private static final class Outcomes {

        private static final List<String> ORDER = List.of("OFFER", "REJECTION", "GHOSTED", "WITHDRAWN", "STILL_OPEN");

        static int index(String outcome) {
            int index = ORDER.indexOf(outcome);
            if (index < 0) {
                throw new IllegalStateException("unknown outcome in outcome_fact: " + outcome);
            }
            return index;
        }
    }
}
