package org.followthrough.analytics.figures;

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
 * time, so a revocation counts at once), small groups withheld; a candidate's, their own, nothing withheld.
 */
@Component
public class Figures {

    private final OutcomeStatistics statistics;
    private final CoachSharing sharing;
    private final int threshold;
    private final Clock clock;

    Figures(OutcomeStatistics statistics, CoachSharing sharing,
            @Value("${followthrough.analytics.min-group-size:5}") int threshold, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("followthrough.analytics.min-group-size must be at least 1");
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

    /** Below this many interviews a coach's group is withheld. */
    public int threshold() {
        return threshold;
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
