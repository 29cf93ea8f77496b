package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;

import java.time.Instant;

/** The candidate chose to share with a coach; recorded again when they change whether the timeline is included. */
public record SharedWithCoach(CandidateId candidateId, String coachEmail, boolean shareTimeline,
                              Instant sharedAt) implements CandidateEvent {

    public SharedWithCoach {
        coachEmail = EmailAddress.parse("coachEmail", coachEmail).value();
    }

    @Override
    public Instant occurredAt() {
        return sharedAt;
    }
}
