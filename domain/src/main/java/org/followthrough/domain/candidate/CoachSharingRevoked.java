package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;

import java.time.Instant;

/** The candidate withdrew their consent; the coach sees nothing of theirs from now on. */
public record CoachSharingRevoked(CandidateId candidateId, String coachEmail, Instant revokedAt) implements CandidateEvent {

    public CoachSharingRevoked {
        coachEmail = EmailAddress.parse("coachEmail", coachEmail).value();
    }

    @Override
    public Instant occurredAt() {
        return revokedAt;
    }
}
