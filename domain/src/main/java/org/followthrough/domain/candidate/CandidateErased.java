package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;

/**
 * The candidate was erased. It holds nothing personal; every projection deletes its rows of this candidate when it
 * sees it, so a rebuild forgets them too (their earlier events read as placeholders once their key is destroyed).
 */
public record CandidateErased(CandidateId candidateId, Instant erasedAt) implements CandidateEvent {

    @Override
    public Instant occurredAt() {
        return erasedAt;
    }
}
