package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;

/** The candidate withdrew their consent; the coach sees nothing of theirs from now on. */
public record CoachSharingRevoked(CandidateId candidateId, String coachEmail, Instant revokedAt) implements CandidateEvent {

    @Override
    public Instant occurredAt() {
        return revokedAt;
    }
}
