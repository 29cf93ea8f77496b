package org.followthrough.web.api;

import org.followthrough.analytics.OutcomeStatistics;
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

/**
 * The coach's three figures over the candidate's own history. Nothing is withheld from its owner; a group resting on
 * fewer than five interviews says so ({@code fewInterviews: true}).
 */
@RestController
@RequestMapping(path = "/api/v1/me/insights", produces = MediaType.APPLICATION_JSON_VALUE)
class InsightsApi {

    private final OutcomeStatistics statistics;
    private final Viewers viewers;
    private final Clock clock;

    InsightsApi(OutcomeStatistics statistics, Viewers viewers, Clock clock) {
        this.statistics = statistics;
        this.viewers = viewers;
        this.clock = clock;
    }

    @GetMapping("/response-rates")
    FigureAnswers.Rates responseRates(@AuthenticationPrincipal SignedInUser me,
                                      @RequestParam(required = false) @Nullable String groupBy,
                                      @RequestParam(required = false) @Nullable String within,
                                      @RequestParam(required = false) @Nullable String from,
                                      @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(groupBy, within, from, to, null, me.timeZone(), clock);
        return FigureAnswers.rates(statistics.responseRates(viewers.own(me), request.groupBy(), request.within(),
                request.period(), clock.instant()), true);
    }

    @GetMapping("/time-to-reply")
    FigureAnswers.Curves timeToReply(@AuthenticationPrincipal SignedInUser me,
                                     @RequestParam(required = false) @Nullable String groupBy,
                                     @RequestParam(required = false) @Nullable String asOf,
                                     @RequestParam(required = false) @Nullable String from,
                                     @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(groupBy, null, from, to, asOf, me.timeZone(), clock);
        return FigureAnswers.curves(statistics.timeToReply(viewers.own(me), request.groupBy(), request.asOf(),
                request.period()), me.timeZone(), true);
    }

    @GetMapping("/outcomes")
    FigureAnswers.Outcomes outcomes(@AuthenticationPrincipal SignedInUser me,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(null, null, from, to, null, me.timeZone(), clock);
        return FigureAnswers.outcomes(statistics.outcomesByMonth(viewers.own(me), request.period()),
                request.period().from(), request.period().to(), true);
    }
}
