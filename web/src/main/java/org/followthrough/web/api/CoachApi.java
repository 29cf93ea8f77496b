package org.followthrough.web.api;

import org.followthrough.application.coaching.CoachException;
import org.followthrough.application.coaching.CoachExceptions;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.web.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Who shares with a coach right now, and what in their follow-up is worth asking about; never a message text or note. */
@RestController
@RequestMapping(path = "/api/v1/coach", produces = MediaType.APPLICATION_JSON_VALUE)
class CoachApi {

    private final CoachSharing sharing;
    private final CoachExceptions exceptions;
    private final Clock clock;

    CoachApi(CoachSharing sharing, CoachExceptions exceptions, Clock clock) {
        this.sharing = sharing;
        this.exceptions = exceptions;
        this.clock = clock;
    }

    record Candidate(UUID candidateId, String displayName, boolean sharesTimeline, OffsetDateTime since) {
    }

    record Flag(UUID candidateId, String displayName, CoachException.Kind kind, int count, OffsetDateTime since) {
    }

    /** Who shares with this coach right now. */
    @GetMapping("/candidates")
    List<Candidate> candidates(@AuthenticationPrincipal SignedInUser me) {
        return sharing.sharingWith(me.getUsername()).stream()
                .map(candidate -> new Candidate(candidate.candidateId().value(), candidate.displayName(),
                        candidate.shareTimeline(), candidate.sharedAt().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }

    @GetMapping("/exceptions")
    List<Flag> exceptions(@AuthenticationPrincipal SignedInUser me) {
        return exceptions.of(sharing.sharingWith(me.getUsername()), clock.instant()).stream()
                .map(found -> new Flag(found.candidateId().value(), found.displayName(), found.kind(), found.count(),
                        found.since().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }
}
