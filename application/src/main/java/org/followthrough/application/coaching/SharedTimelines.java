package org.followthrough.application.coaching;

import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.TimelinePage;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * A sharing candidate's timeline, for their coach: only where that candidate chose to share it, asked afresh on every
 * request; anyone else's answers "not found", exactly like a candidate who does not exist.
 */
@Service
public record SharedTimelines(CoachSharing sharing, CandidateTimeline timeline, Clock clock) {

    /** The candidate as their coach knows them, and their latest entries, newest first. */
    public record SharedTimeline(SharingCandidate candidate, TimelinePage entries) {
    }

    public SharedTimeline of(String coachEmail, CandidateId candidateId) {
        SharingCandidate candidate = sharing.sharingWith(coachEmail).stream()
                .filter(shares -> shares.candidateId().equals(candidateId) && shares.shareTimeline())
                .findFirst()
                .orElseThrow(() -> new NotFound("shared timeline"));
        return new SharedTimeline(candidate, timeline.page(new FetchTimeline(candidate.candidateId(), clock.instant(),
                FetchTimeline.DEFAULT_LIMIT)));
    }
}
