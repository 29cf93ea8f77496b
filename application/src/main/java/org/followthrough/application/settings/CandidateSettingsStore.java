package org.followthrough.application.settings;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads a candidate's current settings. */
@Component
public record CandidateSettingsStore(JdbcClient jdbc, JsonMapper json) {

    public Optional<CandidateSettings> of(CandidateId candidate) {
        return jdbc.sql("SELECT candidate_id, time_zone, region, policy::text AS policy, digest_enabled, digest_time FROM candidate_settings WHERE candidate_id = ?")
                .param(candidate.value())
                .query((row, number) -> new CandidateSettings(CandidateId.of(row.getObject("candidate_id", UUID.class)),
                        ZoneId.of(row.getString("time_zone")), Region.parse(row.getString("region")),
                        json.readValue(row.getString("policy"), FollowUpPolicy.class), row.getBoolean("digest_enabled"),
                        row.getObject("digest_time", LocalTime.class)))
                .optional();
    }

    /** Who wants the morning digest, where they live and at what time of their day. */
    public List<DigestWanted> wantingDigest() {
        return jdbc.sql("SELECT candidate_id, time_zone, digest_time FROM candidate_settings WHERE digest_enabled")
                .query((row, number) -> new DigestWanted(CandidateId.of(row.getObject("candidate_id", UUID.class)),
                        ZoneId.of(row.getString("time_zone")), row.getObject("digest_time", LocalTime.class)))
                .list();
    }

    public record DigestWanted(CandidateId candidateId, ZoneId timeZone, LocalTime at) {
    }

    /** How the candidate signs their messages; {@link Signature#NONE} until they say. */
    public Signature signature(CandidateId candidate) {
        return jdbc.sql("SELECT signature::text FROM candidate_settings WHERE candidate_id = ?")
                .param(candidate.value())
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, Signature.class))
                .orElse(Signature.NONE);
    }
}
