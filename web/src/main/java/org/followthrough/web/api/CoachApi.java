package org.followthrough.web.api;

import org.followthrough.analytics.OutcomeStatistics;
import org.followthrough.analytics.Scope;
import org.followthrough.application.coaching.CoachException;
import org.followthrough.application.coaching.CoachExceptions;
import org.followthrough.application.coaching.SharingCandidate;
import org.followthrough.web.analytics.FigureAnswers;
import org.followthrough.web.analytics.FigureRequest;
import org.followthrough.web.analytics.Viewers;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
class CoachApi {

    private final OutcomeStatistics statistics;
    private final Viewers viewers;
    private final CoachExceptions exceptions;
    private final Clock clock;

    CoachApi(OutcomeStatistics statistics, Viewers viewers, CoachExceptions exceptions, Clock clock) {
        this.statistics = statistics;
        this.viewers = viewers;
        this.exceptions = exceptions;
        this.clock = clock;
    }

    record Candidate(UUID candidateId, String displayName, boolean sharesTimeline, OffsetDateTime since) {
    }

    record Flag(UUID candidateId, String displayName, CoachException.Kind kind, int count, OffsetDateTime since) {
    }

    @GetMapping("/response-rates")
    FigureAnswers.Rates responseRates(@AuthenticationPrincipal SignedInUser me,
                                      @RequestParam(required = false) @Nullable String groupBy,
                                      @RequestParam(required = false) @Nullable String within,
                                      @RequestParam(required = false) @Nullable String from,
                                      @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(groupBy, within, from, to, null, me.timeZone(), clock);
        return FigureAnswers.rates(statistics.responseRates(scope(me), request.groupBy(), request.within(),
                request.period(), clock.instant()), false);
    }

    @GetMapping("/time-to-reply")
    FigureAnswers.Curves timeToReply(@AuthenticationPrincipal SignedInUser me,
                                     @RequestParam(required = false) @Nullable String groupBy,
                                     @RequestParam(required = false) @Nullable String asOf,
                                     @RequestParam(required = false) @Nullable String from,
                                     @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(groupBy, null, from, to, asOf, me.timeZone(), clock);
        return FigureAnswers.curves(statistics.timeToReply(scope(me), request.groupBy(), request.asOf(), request.period()),
                me.timeZone(), false);
    }

    @GetMapping("/outcomes")
    FigureAnswers.Outcomes outcomes(@AuthenticationPrincipal SignedInUser me,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(null, null, from, to, null, me.timeZone(), clock);
        return FigureAnswers.outcomes(statistics.outcomesByMonth(scope(me), request.period()),
                request.period().from(), request.period().to(), false);
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
        return exceptions.of(sharing.stream().map(SharingCandidate::candidateId).toList(), clock.instant()).stream()
                .map(found -> new Flag(found.candidateId().value(), found.displayName(), found.kind(), found.count(),
                        found.since().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }

    private Scope scope(SignedInUser me) {
        return viewers.coach(me, viewers.sharingWith(me));
    }
}
