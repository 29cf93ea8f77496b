package org.followthrough.analytics.figures;

import org.followthrough.analytics.Period;
import org.followthrough.analytics.ResponseRates;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.TimeToReply;
import org.followthrough.analytics.cohorts.MonthOutcomes;
import org.followthrough.analytics.facts.OutcomeStatistics;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.application.coaching.SharingCandidate;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The three figures for a request's filters, as the API, the pages and the CSV downloads all ask for them — reply rates
 * (interviews whose window has passed by now), time to the first reply as of the request's moment, outcomes by month —
 * and whose interviews they cover: a coach's, those of the candidates sharing with them right now (asked afresh every
 * time, so a revocation counts at once), over whole calendar months, groups of fewer than {@code threshold} people
 * withheld and every count perturbed (docs/privacy.md); a candidate's, their own, exact, nothing withheld.
 */
@Component
public class Figures {

    private final OutcomeStatistics statistics;
    private final CoachSharing sharing;
    private final int threshold;
    private final Clock clock;

    /** Below this many people no group is ever shown to a coach, whatever the configuration says. */
    public static final int LOWEST_THRESHOLD = 3;

    Figures(OutcomeStatistics statistics, CoachSharing sharing,
            @Value("${followthrough.analytics.min-group-size:5}") int threshold, Clock clock) {
        if (threshold < LOWEST_THRESHOLD) {
            throw new IllegalArgumentException("followthrough.analytics.min-group-size must be at least "
                    + LOWEST_THRESHOLD + " candidates, got " + threshold);
        }
        this.statistics = statistics;
        this.sharing = sharing;
        this.threshold = threshold;
        this.clock = clock;
    }

    /** The interviews of the candidates sharing with the coach signed in as {@code coachEmail}. */
    public Scope coach(String coachEmail, ZoneId zone) {
        return coach(sharing.sharingWith(coachEmail), zone);
    }

    public Scope coach(List<SharingCandidate> sharingCandidates, ZoneId zone) {
        return Scope.coach(sharingCandidates.stream().map(SharingCandidate::candidateId).toList(), zone, threshold);
    }

    public Scope own(CandidateId candidate, ZoneId zone) {
        return Scope.own(candidate, zone);
    }

    /** Below this many distinct candidates a coach's group is withheld. */
    public int threshold() {
        return threshold;
    }

    /** The period a scope's figures cover: whole calendar months for a coach, the days asked for on one's own. */
    public static Period period(Scope scope, FigureRequest request) {
        return scope.noisy() ? request.period().wholeMonths() : request.period();
    }

    public ResponseRates rates(Scope scope, FigureRequest request) {
        return statistics.responseRates(scope, request.groupBy(), request.within(), period(scope, request), clock.instant());
    }

    public TimeToReply curves(Scope scope, FigureRequest request) {
        return statistics.timeToReply(scope, request.groupBy(), request.asOf(), period(scope, request));
    }

    public List<MonthOutcomes> outcomes(Scope scope, FigureRequest request) {
        return statistics.outcomesByMonth(scope, period(scope, request));
    }
}
