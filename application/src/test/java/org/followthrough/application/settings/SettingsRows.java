package org.followthrough.application.settings;

import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.candidate.ChangeDigestSettings;
import org.followthrough.domain.candidate.DigestSettingsChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * What the candidate aggregate and the settings projection together make of a settings command, for tests of services
 * that change settings through a {@link org.followthrough.application.CommandsInMemory}: the row, written at once.
 */
public final class SettingsRows {

    private final CandidateSettingsProjection projection;
    private final Clock clock;

    public SettingsRows(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.projection = new CandidateSettingsProjection(jdbc, json);
        this.clock = clock;
    }

    public Object changed(ChangeCandidateSettings command) {
        projection.on(new CandidateSettingsChanged(command.candidateId(), command.timeZone(), command.region(),
                command.policy(), clock.instant()));
        return null;
    }

    public Object digestChanged(ChangeDigestSettings command) {
        projection.on(new DigestSettingsChanged(command.candidateId(), command.enabled(), command.at(), clock.instant()));
        return null;
    }

    public void registered(CandidateRegistered registered) {
        projection.on(registered);
    }
}
