package org.followthrough.application.dueactions;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Recomputes a candidate's due actions at once, for changes that are not opportunity events (new settings): the
 * very next read shows the new due days. The projection's own pass over the settings event does the same again,
 * which changes nothing.
 */
@Component
public class DueActionRefresh {

    private final DueActionProjection projection;
    private final JdbcClient jdbc;

    DueActionRefresh(DueActionProjection projection, JdbcClient jdbc) {
        this.projection = projection;
        this.jdbc = jdbc;
    }

    @Transactional
    public void recomputeAllOf(CandidateId candidate) {
        jdbc.sql("SELECT opportunity_id FROM due_action_opportunity WHERE candidate_id = ?")
                .param(candidate.value())
                .query((row, number) -> OpportunityId.of(row.getObject(1, UUID.class)))
                .list()
                .forEach(projection::recompute);
    }
}
