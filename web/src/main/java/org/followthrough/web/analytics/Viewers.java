package org.followthrough.web.analytics;

import org.followthrough.analytics.Scope;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.application.coaching.SharingCandidate;
import org.followthrough.web.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whose interviews a signed-in person's figures cover: a coach's, those of the candidates sharing with them right
 * now (asked afresh on every request); a candidate's, their own.
 */
@Component
public class Viewers {

    private final CoachSharing sharing;
    private final int threshold;

    Viewers(CoachSharing sharing, @Value("${followthrough.analytics.min-group-size:5}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("followthrough.analytics.min-group-size must be at least 1");
        }
        this.sharing = sharing;
        this.threshold = threshold;
    }

    public List<SharingCandidate> sharingWith(SignedInUser coach) {
        return sharing.sharingWith(coach.getUsername());
    }

    public Scope coach(SignedInUser coach, List<SharingCandidate> sharingCandidates) {
        return Scope.coach(sharingCandidates.stream().map(SharingCandidate::candidateId).toList(), coach.timeZone(), threshold);
    }

    public Scope own(SignedInUser candidate) {
        return Scope.own(candidate.candidateId(), candidate.timeZone());
    }

    public int threshold() {
        return threshold;
    }
}
