package org.followthrough.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The machine's limit for reading an event table: every row of a table shaped like Axon's {@code domainevententry},
 * in pages of 1,000 by keyset ({@code globalindex > last ORDER BY globalindex LIMIT 1000}), every column fetched
 * over JDBC as a tracking processor does. Prints rows/s.
 *   KeysetRead jdbc-url user table
 */
public final class KeysetRead {

    private static final int PAGE = 1_000;

    private KeysetRead() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String user = args[1];
        String table = args[2];
        try (Connection connection = DriverManager.getConnection(url, user, ScratchDatabase.env("FOLLOWTHROUGH_BENCH_DB_PASSWORD", ""))) {
            connection.setAutoCommit(false);
            read(connection, table, 100_000); // warm-up: plans, driver, JIT
            long started = System.nanoTime();
            long[] counted = read(connection, table, Long.MAX_VALUE);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "keyset read: %,d rows (%,d payload bytes) in pages of %,d in %.2f s: %,.0f rows/s%n",
                    counted[0], counted[1], PAGE, seconds, counted[0] / seconds);
            Results.print("limit.keyset.rows", counted[0]);
            Results.print("limit.keyset.seconds", seconds);
            Results.print("limit.keyset.rows_per_s", counted[0] / seconds);
        }
    }

    /** Reads up to {@code limit} rows; returns the rows and payload bytes read. */
    private static long[] read(Connection connection, String table, long limit) throws SQLException {
        long last = -1;
        long rows = 0;
        long bytes = 0;
        try (PreparedStatement page = connection.prepareStatement("SELECT globalindex, type, aggregateidentifier, "
                + "sequencenumber, eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata FROM "
                + table + " WHERE globalindex > ? ORDER BY globalindex LIMIT " + PAGE)) {
            while (rows < limit) {
                page.setLong(1, last);
                int inPage = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        last = result.getLong(1);
                        result.getString(2);
                        result.getString(3);
                        result.getLong(4);
                        result.getString(5);
                        result.getString(6);
                        result.getString(7);
                        result.getString(8);
                        bytes += result.getBytes(9).length;
                        result.getBytes(10);
                        inPage++;
                    }
                }
                rows += inPage;
                if (inPage < PAGE) {
                    break;
                }
            }
        }
        connection.commit();
        return new long[] {rows, bytes};
    }
}
