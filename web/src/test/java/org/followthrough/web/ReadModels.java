package org.followthrough.web;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every read model's rows as text, each table in a fixed order: what a rebuild or a restore must give back exactly.
 */
public final class ReadModels {

    /** One query per read-model table, ordered by its key. */
    public static final List<String> QUERIES = List.of(
            "SELECT * FROM timeline_entry ORDER BY opportunity_id, sequence_number",
            "SELECT * FROM timeline_opportunity ORDER BY opportunity_id",
            "SELECT * FROM due_action ORDER BY opportunity_id, action_key",
            "SELECT * FROM due_action_opportunity ORDER BY opportunity_id",
            "SELECT * FROM candidate_settings ORDER BY candidate_id",
            "SELECT * FROM outcome_fact ORDER BY 1, 2, 3",
            "SELECT * FROM outcome_fact_opportunity ORDER BY 1",
            "SELECT * FROM coach_share ORDER BY 1, 2");

    private ReadModels() {
    }

    /** The read models' rows, by query. */
    public static Map<String, List<String>> rows(JdbcClient db) {
        return rows(db, QUERIES);
    }

    /** Each query's rows, every column as {@code name=value}. */
    public static Map<String, List<String>> rows(JdbcClient db, List<String> queries) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String query : queries) {
            tables.put(query, db.sql(query).query((row, number) -> {
                StringBuilder line = new StringBuilder();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    line.append(row.getMetaData().getColumnName(column)).append('=').append(row.getString(column)).append(' ');
                }
                return line.toString();
            }).list());
        }
        return tables;
    }
}
