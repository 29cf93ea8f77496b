package org.followthrough.application.coaching;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * What a coach sees now: who shares with them, and what in those candidates' follow-up is worth asking about. One
 * home for "the coach's flags as of now", for the coach's API and page alike.
 */
@Component
public record CoachOverview(CoachSharing sharing, CoachExceptions exceptions, Clock clock) {

    /** Who shares with the coach at {@code coachEmail} right now. */
    public List<SharingCandidate> candidates(String coachEmail) {
        return sharing.sharingWith(coachEmail);
    }

    /** The flags over the candidates sharing with the coach right now, as of the clock's now. */
    public List<CoachException> flags(String coachEmail) {
        return exceptions.of(sharing.sharingWith(coachEmail), clock.instant());
    }
}
