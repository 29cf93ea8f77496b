package org.followthrough.application.coaching;

import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;

/** A candidate who shares with the coach asking, as the coach sees them. */
public record SharingCandidate(CandidateId candidateId, String displayName, boolean shareTimeline, Instant sharedAt) {
}
