package org.followthrough.web;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;


/**
 * The outcome facts follow the event store a few milliseconds behind (the figures are not part of read-your-writes):
 * waits until they reflect every opportunity's last entry.
 */
public final class OutcomeFactsCaughtUp {

    private OutcomeFactsCaughtUp() {
    }

    public static void await(JdbcClient jdbc) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT NOT EXISTS (
                            SELECT 1 FROM domainevententry e
                            LEFT JOIN outcome_fact_opportunity o ON o.opportunity_id::text = e.aggregateidentifier
                            WHERE e.type = 'Opportunity'
                            GROUP BY e.aggregateidentifier
                            HAVING max(e.sequencenumber) > COALESCE(max(o.last_sequence), -1))""")
                .query(Boolean.class).single());
    }
}
