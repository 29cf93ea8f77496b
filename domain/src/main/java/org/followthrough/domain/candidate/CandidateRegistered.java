package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Text;

import java.time.Instant;
import java.time.ZoneId;

public record CandidateRegistered(CandidateId candidateId, String displayName, ZoneId timeZone, Region region,
                                  Instant registeredAt) implements CandidateEvent {

    public CandidateRegistered {
        displayName = Text.LINE.required("displayName", displayName);
    }

    @Override
    public Instant occurredAt() {
        return registeredAt;
    }
}
