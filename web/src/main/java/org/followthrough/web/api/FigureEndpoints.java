package org.followthrough.web.api;

import org.followthrough.analytics.Scope;
import org.followthrough.web.analytics.FigureAnswers;
import org.followthrough.web.analytics.FigureRequest;
import org.followthrough.web.analytics.Figures;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;

/**
 * The three figures — reply rates, time to the first reply, outcomes by month — answered the same way for a coach
 * (over the candidates sharing with them) and for a candidate (over their own history); each subclass says whose
 * interviews count and under which path.
 */
abstract class FigureEndpoints {

    private final Figures figures;
    private final Clock clock;
    private final boolean own;

    /** @param own whether the figures are the asker's own: then nothing is withheld, small groups are only marked */
    FigureEndpoints(Figures figures, Clock clock, boolean own) {
        this.figures = figures;
        this.clock = clock;
        this.own = own;
    }

    /** The interviews the figures are computed over, for this asker. */
    abstract Scope scope(SignedInUser me);

    @GetMapping("/response-rates")
    FigureAnswers.Rates responseRates(@AuthenticationPrincipal SignedInUser me,
                                      @RequestParam(required = false) @Nullable String groupBy,
                                      @RequestParam(required = false) @Nullable String within,
                                      @RequestParam(required = false) @Nullable String from,
                                      @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(groupBy, within, from, to, null, me.timeZone(), clock);
        return FigureAnswers.rates(figures.rates(scope(me), request), own);
    }

    @GetMapping("/time-to-reply")
    FigureAnswers.Curves timeToReply(@AuthenticationPrincipal SignedInUser me,
                                     @RequestParam(required = false) @Nullable String groupBy,
                                     @RequestParam(required = false) @Nullable String asOf,
                                     @RequestParam(required = false) @Nullable String from,
                                     @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(groupBy, null, from, to, asOf, me.timeZone(), clock);
        return FigureAnswers.curves(figures.curves(scope(me), request), me.timeZone(), own);
    }

    @GetMapping("/outcomes")
    FigureAnswers.Outcomes outcomes(@AuthenticationPrincipal SignedInUser me,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.read(null, null, from, to, null, me.timeZone(), clock);
        return FigureAnswers.outcomes(figures.outcomes(scope(me), request), request.period().from(),
                request.period().to(), own);
    }
}
