package org.followthrough.application.dueactions;

import org.followthrough.application.settings.SettingsDependent;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.stereotype.Component;

/**
 * Recomputes a candidate's due actions when their settings change, within the change's own transaction, so the very
 * next read shows the new due days. The projection's own pass over the settings event does the same again later,
 * which changes nothing.
 */
@Component
record DueActionRefresh(DueActionProjection projection) implements SettingsDependent {

    @Override
    public void settingsChanged(CandidateId candidate) {
        projection.recompute(projection.opportunitiesOf(candidate));
    }
}
