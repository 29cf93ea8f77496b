package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.figures.FigureAnswers;
import org.followthrough.analytics.figures.FigureRequest;
import org.followthrough.analytics.figures.Figures;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.shared.Moment;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

import static org.followthrough.analytics.figures.FigureRequest.firstDay;
import static org.followthrough.analytics.figures.FigureRequest.lastDay;

/**
 * The three figures — reply rates, time to the first reply, outcomes by month — for a coach over the candidates sharing
 * with them right now ({@code /api/v1/coach/…}: whole calendar months, groups of fewer people than the threshold
 * withheld, counts perturbed as docs/privacy.md says, and nothing carries a message text or a note), and for a candidate over their own history ({@code /api/v1/me/insights/…}: nothing is
 * withheld from its owner, a group resting on fewer than five interviews says {@code fewInterviews: true}).
 */
@Tag(name = OpenApiConfiguration.Tags.FIGURES)
@RestController
@RequestMapping(path = {"/api/v1/coach", "/api/v1/me/insights"}, produces = MediaType.APPLICATION_JSON_VALUE)
record FigureApi(Figures figures, Clock clock) {

    /** A coach's figures cover the candidates sharing with them; a candidate's, their own (each path admits one role). */
    private Scope scope(SignedInUser me) {
        return own(me) ? figures.own(me.candidateId(), me.timeZone()) : figures.coach(me.getUsername(), me.timeZone());
    }

    private static boolean own(SignedInUser me) {
        return me.role() != Role.COACH;
    }

    @Operation(operationId = "responseRates", summary = "Response rates",
            description = "The share of opportunities that got a reply within `within` days, grouped by `groupBy`, for opportunities opened between `from` and `to`.")
    @GetMapping("/response-rates")
    FigureAnswers.Rates responseRates(@AuthenticationPrincipal SignedInUser me,
                                      @RequestParam(required = false) @Nullable GroupBy groupBy,
                                      @RequestParam(required = false) @Nullable Integer within,
                                      @RequestParam(required = false) @Nullable String from,
                                      @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.of(groupBy, within, firstDay("from", from), lastDay("to", to), null, me.timeZone(), clock);
        return FigureAnswers.rates(figures.rates(scope(me), request), own(me), request.period());
    }

    @Operation(operationId = "timeToReply", summary = "Time to reply",
            description = "How long replies took, as curves (share replied after n days), grouped by `groupBy`, as of `asOf`.")
    @GetMapping("/time-to-reply")
    FigureAnswers.Curves timeToReply(@AuthenticationPrincipal SignedInUser me,
                                     @RequestParam(required = false) @Nullable GroupBy groupBy,
                                     @RequestParam(required = false) @Nullable Moment asOf,
                                     @RequestParam(required = false) @Nullable String from,
                                     @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.of(groupBy, null, firstDay("from", from), lastDay("to", to), asOf, me.timeZone(), clock);
        return FigureAnswers.curves(figures.curves(scope(me), request), me.timeZone(), own(me), request.period());
    }

    @Operation(operationId = "outcomes", summary = "Outcomes",
            description = "How opportunities opened between `from` and `to` ended, by month.")
    @GetMapping("/outcomes")
    FigureAnswers.Outcomes outcomes(@AuthenticationPrincipal SignedInUser me,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to) {
        FigureRequest request = FigureRequest.of(null, null, firstDay("from", from), lastDay("to", to), null, me.timeZone(), clock);
        Scope scope = scope(me);
        return FigureAnswers.outcomes(figures.outcomes(scope, request), Figures.period(scope, request), own(me),
                request.period());
    }
}
