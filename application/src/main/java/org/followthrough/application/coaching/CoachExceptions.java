package org.followthrough.application.coaching;

import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coach's list of exceptions over the candidates who share with them: thank-yous past due, an employer's date
 * gone by with no check-in or reply since, and open searches with nothing recorded for two weeks. Asked of the
 * due-actions and timeline projections; it names the kind of problem, never what anyone wrote.
 */
@Component
public class CoachExceptions {

    static final Duration QUIET = Duration.ofDays(14);

    private final DueActions dueActions;
    private final CandidateTimeline timeline;

    CoachExceptions(DueActions dueActions, CandidateTimeline timeline) {
        this.dueActions = dueActions;
        this.timeline = timeline;
    }

    public List<CoachException> of(List<SharingCandidate> sharing, Instant now) {
        if (sharing.isEmpty()) {
            return List.of();
        }
        Map<CandidateId, String> names = new LinkedHashMap<>();
        sharing.forEach(candidate -> names.putIfAbsent(candidate.candidateId(), candidate.displayName()));
        List<CandidateId> candidates = List.copyOf(names.keySet());
        List<CoachException> found = new ArrayList<>();
        for (DueActions.PastDue late : dueActions.pastDue(candidates, Rule.THANK_YOU, now)) {
            found.add(new CoachException(late.candidateId(), names.get(late.candidateId()),
                    CoachException.Kind.OVERDUE_THANK_YOU, late.count(), late.since()));
        }
        for (CandidateTimeline.CandidateTally passed : timeline.decisionDaysPassedWithoutCheckIn(candidates, now)) {
            found.add(new CoachException(passed.candidateId(), names.get(passed.candidateId()),
                    CoachException.Kind.DECISION_DATE_PASSED_WITHOUT_CHECK_IN, passed.count(), passed.since()));
        }
        for (CandidateTimeline.CandidateTally quiet : timeline.quietSince(candidates, now.minus(QUIET))) {
            found.add(new CoachException(quiet.candidateId(), names.get(quiet.candidateId()),
                    CoachException.Kind.NO_ACTIVITY, quiet.count(), quiet.since()));
        }
        found.sort(Comparator.comparing(CoachException::since).thenComparing(CoachException::displayName));
        return found;
    }
}
