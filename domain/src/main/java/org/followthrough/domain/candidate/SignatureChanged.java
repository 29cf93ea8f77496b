package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Checks;

import java.time.Instant;

/** The candidate's signature as it is from now on; drafts end with it. */
public record SignatureChanged(CandidateId candidateId, Signature signature, Instant changedAt)
        implements CandidateEvent {

    public SignatureChanged {
        Checks.present("signature", signature);
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }
}
