package org.followthrough.application.dueactions;

import org.followthrough.domain.shared.CandidateId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a candidate's due actions at once, for changes that are not opportunity events (new settings): the
 * very next read shows the new due days. The projection's own pass over the settings event does the same again,
 * which changes nothing.
 */
@Component
public class DueActionRefresh {

    private final DueActionProjection projection;

    DueActionRefresh(DueActionProjection projection) {
        this.projection = projection;
    }

    @Transactional
    public void recomputeAllOf(CandidateId candidate) {
        projection.recompute(projection.opportunitiesOf(candidate));
    }
}
