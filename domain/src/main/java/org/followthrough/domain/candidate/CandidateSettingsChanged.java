package org.followthrough.domain.candidate;

import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;
import java.time.ZoneId;

public record CandidateSettingsChanged(CandidateId candidateId, ZoneId timeZone, Region region, FollowUpPolicy policy,
                                       Instant changedAt) implements CandidateEvent {

    @Override
    public Instant occurredAt() {
        return changedAt;
    }
}
