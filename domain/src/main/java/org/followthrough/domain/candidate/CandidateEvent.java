package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;

/** What can happen to a candidate's own settings. */
public sealed interface CandidateEvent permits CandidateRegistered, CandidateSettingsChanged {

    CandidateId candidateId();

    Instant occurredAt();
}
