package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;

/** What can happen to a candidate's own settings and to whom they chose to show their figures. */
public sealed interface CandidateEvent
        permits CandidateRegistered, CandidateSettingsChanged, SignatureChanged, CoachShareProposed, SharedWithCoach,
        CoachSharingRevoked, DigestSettingsChanged, CandidateErased {

    CandidateId candidateId();

    Instant occurredAt();
}
