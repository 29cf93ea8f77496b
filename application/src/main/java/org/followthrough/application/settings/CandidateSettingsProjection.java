package org.followthrough.application.settings;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.followthrough.application.rebuild.SubscribingProjection;
import org.followthrough.domain.candidate.CandidateErased;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.candidate.DigestSettingsChanged;
import org.followthrough.domain.candidate.SignatureChanged;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps {@code candidate_settings} current. A subscribing processor: the row changes in the same transaction as
 * the settings event, so the very next computation of due actions uses the new calendar and numbers.
 */
@Component
@ProcessingGroup(CandidateSettingsProjection.PROCESSING_GROUP)
record CandidateSettingsProjection(JdbcClient jdbc, JsonMapper json) implements SubscribingProjection {

    static final String PROCESSING_GROUP = "candidate-settings";

    @EventHandler
    void on(CandidateRegistered registered) {
        upsert(registered.candidateId(), registered.timeZone(), registered.region().code(), FollowUpPolicy.DEFAULTS,
                registered.registeredAt());
    }

    @EventHandler
    void on(CandidateSettingsChanged changed) {
        upsert(changed.candidateId(), changed.timeZone(), changed.region().code(), changed.policy(), changed.changedAt());
    }

    @EventHandler
    void on(DigestSettingsChanged changed) {
        jdbc.sql("UPDATE candidate_settings SET digest_enabled = ?, digest_time = ?, updated_at = ? WHERE candidate_id = ?")
                .params(changed.enabled(), changed.at(), Timestamp.from(changed.changedAt()), changed.candidateId().value())
                .update();
    }

    @EventHandler
    void on(CandidateErased erased) {
        jdbc.sql("DELETE FROM candidate_settings WHERE candidate_id = ?").param(erased.candidateId().value()).update();
    }

    @EventHandler
    void on(SignatureChanged changed) {
        jdbc.sql("UPDATE candidate_settings SET signature = ?::jsonb WHERE candidate_id = ?")
                .params(json.writeValueAsString(changed.signature()), changed.candidateId().value())
                .update();
    }

    private void upsert(CandidateId candidate, ZoneId zone, String region, FollowUpPolicy policy, Instant at) {
        jdbc.sql("""
                        INSERT INTO candidate_settings (candidate_id, time_zone, region, policy, updated_at)
                        VALUES (?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (candidate_id) DO UPDATE SET time_zone = excluded.time_zone, region = excluded.region,
                            policy = excluded.policy, updated_at = excluded.updated_at""")
                .params(candidate.value(), zone.getId(), region, json.writeValueAsString(policy), Timestamp.from(at))
                .update();
    }

    @Override
    public List<String> tables() {
        return List.of("candidate_settings");
    }
}
