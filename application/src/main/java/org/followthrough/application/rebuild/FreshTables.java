package org.followthrough.application.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The tables side of a rebuild: fresh, empty copies of the read-model tables in a schema of their own
 * ({@value #BUILDING}), with only the unique constraints and indexes the upserts need while loading; the other indexes
 * once they are full; then, in the caller's transaction, the swap: the live tables move aside into {@value #RETIRED}
 * and the fresh ones take their place under the same names, so every later statement reads the new rows.
 */
final class FreshTables {

    static final String BUILDING = "followthrough_rebuild";
    static final String RETIRED = "followthrough_retired";

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    FreshTables(JdbcTemplate jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
    }

    List<String> tables() {
        return tables;
    }

    /** Empty copies of the tables: columns, defaults, checks, primary keys and unique constraints and indexes. */
    void create() {
        dropLeftovers();
        jdbc.execute("CREATE SCHEMA " + BUILDING);
        for (String table : tables) {
            jdbc.execute("CREATE TABLE " + BUILDING + "." + table + " (LIKE public." + table
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY)");
            for (Constraint constraint : keys(table)) {
                jdbc.execute("ALTER TABLE " + BUILDING + "." + table + " ADD CONSTRAINT " + constraint.name() + " "
                        + constraint.definition());
            }
            indexes(table, true).forEach(jdbc::execute);
        }
    }

    /** The other indexes, built once over the full tables (cheaper than keeping them up to date row by row). */
    void index() {
        for (String table : tables) {
            indexes(table, false).forEach(jdbc::execute);
            jdbc.execute("ANALYZE " + BUILDING + "." + table);
        }
    }

    /** Waits for every writer of the live tables to finish and keeps new ones out until the caller's transaction ends. */
    void lockLive() {
        jdbc.execute("SET LOCAL lock_timeout = '10s'");
        jdbc.execute("LOCK TABLE " + String.join(", ", tables.stream().map(table -> "public." + table).toList())
                + " IN ACCESS EXCLUSIVE MODE");
    }

    /** In the caller's transaction: the live tables move aside and the fresh ones take their names. */
    void swap() {
        jdbc.execute("CREATE SCHEMA " + RETIRED);
        for (String table : tables) {
            jdbc.execute("ALTER TABLE public." + table + " SET SCHEMA " + RETIRED);
            jdbc.execute("ALTER TABLE " + BUILDING + "." + table + " SET SCHEMA public");
        }
    }

    void dropLeftovers() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + BUILDING + " CASCADE");
        jdbc.execute("DROP SCHEMA IF EXISTS " + RETIRED + " CASCADE");
    }

    private record Constraint(String name, String definition) {
    }

    private List<Constraint> keys(String table) {
        return jdbc.query("""
                        SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                        JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
                        WHERE n.nspname = 'public' AND r.relname = ? AND c.contype IN ('p', 'u') ORDER BY c.conname""",
                (row, number) -> new Constraint(row.getString(1), row.getString(2)), table);
    }

    /** The table's indexes that back no constraint, unique or not, as statements on the fresh copy. */
    private List<String> indexes(String table, boolean unique) {
        return jdbc.query("""
                        SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                        JOIN pg_class r ON r.oid = i.indrelid JOIN pg_namespace n ON n.oid = r.relnamespace
                        WHERE n.nspname = 'public' AND r.relname = ? AND i.indisunique = ?
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                        ORDER BY 1""",
                (row, number) -> row.getString(1).replace(" ON public." + table + " ", " ON " + BUILDING + "." + table + " "),
                table, unique);
    }
}
