package org.followthrough.web.api;

import org.followthrough.analytics.Scope;
import org.followthrough.application.coaching.CoachException;
import org.followthrough.application.coaching.CoachExceptions;
import org.followthrough.application.coaching.SharingCandidate;
import org.followthrough.web.analytics.Figures;
import org.followthrough.web.analytics.Viewers;
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

/**
 * A coach's figures over the candidates who share with them at the moment of the request; groups smaller than the
 * threshold are withheld. Nothing here carries a message text or a note.
 */
@RestController
@RequestMapping(path = "/api/v1/coach", produces = MediaType.APPLICATION_JSON_VALUE)
class CoachApi extends FigureEndpoints {

    private final Viewers viewers;
    private final CoachExceptions exceptions;
    private final Clock clock;

    CoachApi(Figures figures, Viewers viewers, CoachExceptions exceptions, Clock clock) {
        super(figures, clock, false);
        this.viewers = viewers;
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
        return viewers.sharingWith(me).stream()
                .map(candidate -> new Candidate(candidate.candidateId().value(), candidate.displayName(),
                        candidate.shareTimeline(), candidate.sharedAt().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }

    @GetMapping("/exceptions")
    List<Flag> exceptions(@AuthenticationPrincipal SignedInUser me) {
        List<SharingCandidate> sharing = viewers.sharingWith(me);
        return exceptions.of(sharing, clock.instant()).stream()
                .map(found -> new Flag(found.candidateId().value(), found.displayName(), found.kind(), found.count(),
                        found.since().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }

    @Override
    Scope scope(SignedInUser me) {
        return viewers.coach(me, viewers.sharingWith(me));
    }
}
