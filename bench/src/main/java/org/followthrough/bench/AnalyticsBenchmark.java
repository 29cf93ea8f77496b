package org.followthrough.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.facts.OutcomeStatistics;
import org.followthrough.analytics.privacy.CountNoise;
import org.followthrough.analytics.Period;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.facts.OutcomeFact;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Times the three coach questions over a generated outcome_fact table: by default 100,000 interviews of 1,000
 * candidates who all share with one coach (the worst case for one coach: every row is in scope). The rows are
 * written straight into the table the outcome-facts projection fills, in a database of their own, migrated by the
 * app's own Flyway scripts; the database is dropped at the end.
 */
public final class AnalyticsBenchmark {

    private static final int INTERVIEWS_PER_CANDIDATE = 100;
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant FIRST = Instant.parse("2025-01-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int interviews = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (ScratchDatabase database = ScratchDatabase.create()) {
            // pooled, as in the app: a new connection per query would time PostgreSQL's log-in, not the query
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(database.url());
            pool.setUsername(database.user());
            pool.setPassword(database.password());
            pool.setMaximumPoolSize(4);
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
            try (HikariDataSource dataSource = new HikariDataSource(pool)) {
                run(dataSource, interviews, database.server());
            }
        }
    }

    private static void run(DataSource dataSource, int interviews, String server) throws SQLException {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        int candidates = Math.max(1, interviews / INTERVIEWS_PER_CANDIDATE);
        long started = System.nanoTime();
        List<CandidateId> ids = generate(dataSource, interviews, candidates);
        long loaded = System.nanoTime() - started;
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("VACUUM ANALYZE outcome_fact").update();
        String version = jdbc.sql("SHOW server_version").query(String.class).single();

        OutcomeStatistics statistics = new OutcomeStatistics(jdbc, new JdbcTransactionManager(dataSource),
                new CountNoise(jdbc, 0.5));
        Scope coach = Scope.coach(ids, ZONE, 5);
        Period lastYear = new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31));

        System.out.printf(Locale.ROOT, "%nAnalytics benchmark: %,d interviews of %,d candidates, all sharing with one coach%n",
                interviews, candidates);
        System.out.printf(Locale.ROOT, "PostgreSQL %s (%s); Java %s; %d cores; %s %s; generated in %.1f s%n%n", version,
                server, Runtime.version(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), loaded / 1e9);
        System.out.printf(Locale.ROOT, "%-50s %9s %9s %9s%n", "query (median / p95 / max of " + RUNS + " runs)", "median", "p95", "max");
        for (GroupBy groupBy : GroupBy.values()) {
            time("response rates, 14 days, by " + groupBy, () -> statistics.responseRates(coach, groupBy, 14, Period.ALL, NOW));
        }
        time("response rates, 14 days, last 12 months", () -> statistics.responseRates(coach, GroupBy.THANK_YOU_TIMING, 14, lastYear, NOW));
        for (GroupBy groupBy : GroupBy.values()) {
            time("time to reply (Kaplan-Meier) by " + groupBy, () -> statistics.timeToReply(coach, groupBy, NOW, Period.ALL));
        }
        time("outcomes by month", () -> statistics.outcomesByMonth(coach, Period.ALL));
        time("analytics.coach_page", "the coach page's three figures together", () -> {
            statistics.responseRates(coach, GroupBy.THANK_YOU_TIMING, 14, Period.ALL, NOW);
            statistics.timeToReply(coach, GroupBy.THANK_YOU_TIMING, NOW, Period.ALL);
            return statistics.outcomesByMonth(coach, Period.ALL);
        });
        Scope own = Scope.own(ids.getFirst(), ZONE);
        time("one candidate's own three figures (insights)", () -> {
            statistics.responseRates(own, GroupBy.THANK_YOU_TIMING, 14, Period.ALL, NOW);
            statistics.timeToReply(own, GroupBy.THANK_YOU_TIMING, NOW, Period.ALL);
            return statistics.outcomesByMonth(own, Period.ALL);
        });
    }

    private static void time(String name, Supplier<?> query) {
        time(null, name, query);
    }

    /** Times the query; with a key, also prints its median and p95 for bench/run-all.sh. */
    private static void time(String key, String name, Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-50s %6.1f ms %6.1f ms %6.1f ms%n", name, millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]);
        if (key != null) {
            Results.print(key + ".median_ms", millis[RUNS / 2]);
            Results.print(key + ".p95_ms", millis[(int) Math.ceil(RUNS * 0.95) - 1]);
        }
    }

    /** Facts shaped like real ones: most thanked within a day, replies skewed early, a third never heard back. */
    private static List<CandidateId> generate(DataSource dataSource, int interviews, int candidates) throws SQLException {
        Random random = new Random(20261122L);
        List<CandidateId> ids = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            ids.add(CandidateId.of(new UUID(random.nextLong(), random.nextLong())));
        }
        String[] channels = {"EMAIL", "EMAIL", "EMAIL", "LINKEDIN", "HANDWRITTEN", "PHONE"};
        String[] outcomes = {"OFFER", "REJECTION", "REJECTION", "GHOSTED", "WITHDRAWN"};
        long span = Duration.between(FIRST, NOW.minus(Duration.ofDays(1))).toSeconds();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO outcome_fact (interview_id, opportunity_id, candidate_id, round, first_round, ended_at,
                                               thank_you_timing, thank_you_channel, check_ins, first_reply_at,
                                               first_reply_kind, deadline_passed, outcome, closed_at,
                                               reply_days, closed_days, ended_second)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            connection.setAutoCommit(false);
            UUID opportunity = null;
            for (int i = 0; i < interviews; i++) {
                int round = i % 3 + 1;
                if (round == 1) {
                    opportunity = new UUID(random.nextLong(), random.nextLong());
                }
                Instant ended = FIRST.plusSeconds((long) (random.nextDouble() * span));
                double thanks = random.nextDouble();
                String timing = thanks < 0.6 ? "WITHIN_24H" : thanks < 0.85 ? "LATER" : "NONE";
                boolean replied = random.nextDouble() < (timing.equals("WITHIN_24H") ? 0.7 : 0.55);
                Instant reply = replied ? ended.plus(Duration.ofHours((long) (-Math.log(1 - random.nextDouble()) * 24 * 8))) : null;
                if (reply != null && reply.isAfter(NOW)) {
                    reply = null;
                }
                boolean closed = random.nextDouble() < 0.6;
                Instant closedAt = closed ? ended.plus(Duration.ofDays(20 + random.nextInt(40))) : null;
                if (closedAt != null && (closedAt.isAfter(NOW) || (reply != null && closedAt.isBefore(reply)))) {
                    closedAt = null;
                }
                insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                insert.setObject(2, opportunity);
                insert.setObject(3, ids.get(i % candidates).value());
                insert.setInt(4, round);
                insert.setBoolean(5, round == 1);
                insert.setTimestamp(6, Timestamp.from(ended));
                insert.setString(7, timing);
                insert.setString(8, timing.equals("NONE") ? null : channels[random.nextInt(channels.length)]);
                insert.setInt(9, random.nextInt(4));
                insert.setTimestamp(10, reply == null ? null : Timestamp.from(reply));
                insert.setString(11, reply == null ? null : "UPDATE");
                insert.setBoolean(12, random.nextDouble() < 0.2);
                insert.setString(13, closedAt == null ? null : outcomes[random.nextInt(outcomes.length)]);
                insert.setTimestamp(14, closedAt == null ? null : Timestamp.from(closedAt));
                insert.setObject(15, reply == null ? null : OutcomeFact.daysUp(Duration.between(ended, reply)), Types.INTEGER);
                insert.setObject(16, closedAt == null ? null : OutcomeFact.daysDown(Duration.between(ended, closedAt)),
                        Types.INTEGER);
                insert.setLong(17, ended.getEpochSecond());
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return ids;
    }
}
