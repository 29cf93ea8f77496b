package org.followthrough.application.accounts;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Someone who can sign in. For a candidate, {@link #id()} is also their candidate id. */
public record Account(UUID id, String email, String passwordHash, String displayName, Role role, ZoneId timeZone,
                      Region region, Instant createdAt) {

    public CandidateId candidateId() {
        return CandidateId.of(id);
    }
}
