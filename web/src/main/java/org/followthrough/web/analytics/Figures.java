package org.followthrough.web.analytics;

import org.followthrough.analytics.facts.OutcomeStatistics;
import org.followthrough.analytics.ResponseRates;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.TimeToReply;
import org.followthrough.analytics.cohorts.MonthOutcomes;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The three figures for a request's filters over a scope of interviews, as the API, the pages and the CSV downloads
 * all ask for them: reply rates (interviews whose window has passed by now), time to the first reply as of the
 * request's moment, outcomes by month.
 */
@Component
public class Figures {

    private final OutcomeStatistics statistics;
    private final Clock clock;

    Figures(OutcomeStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    public ResponseRates rates(Scope scope, FigureRequest request) {
        return statistics.responseRates(scope, request.groupBy(), request.within(), request.period(), clock.instant());
    }

    public TimeToReply curves(Scope scope, FigureRequest request) {
        return statistics.timeToReply(scope, request.groupBy(), request.asOf(), request.period());
    }

    public List<MonthOutcomes> outcomes(Scope scope, FigureRequest request) {
        return statistics.outcomesByMonth(scope, request.period());
    }
}
