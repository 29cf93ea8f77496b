package org.followthrough.application.coaching;

import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.timeline.CandidateTimeline.CandidateTally;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.shared.CandidateId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The coach's exceptions: asked of the due actions and the timeline, named after the candidates sharing. */
class CoachExceptionsTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    private final SharingCandidate adaShares = new SharingCandidate(CandidateId.of(UUID.randomUUID()), "Ada", true, NOW);
    private final SharingCandidate benShares = new SharingCandidate(CandidateId.of(UUID.randomUUID()), "Ben", false, NOW);
    private final List<String> asked = new ArrayList<>();

    private final CoachExceptions exceptions = new CoachExceptions(new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return List.of();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            asked.add(rule + " for " + candidates.size());
            return List.of(new PastDue(benShares.candidateId(), 2, Instant.parse("2026-03-20T10:00:00Z")));
        }
    }, new AdaAtAcme() {
        @Override
        public List<CandidateTally> decisionDaysPassedWithoutCheckIn(List<CandidateId> candidates, Instant now) {
            return List.of(new CandidateTally(adaShares.candidateId(), 1, Instant.parse("2026-03-21T00:00:00Z")));
        }

        @Override
        public List<CandidateTally> quietSince(List<CandidateId> candidates, Instant quietSince) {
            asked.add("quiet since " + quietSince);
            return List.of(new CandidateTally(benShares.candidateId(), 1, Instant.parse("2026-03-01T00:00:00Z")));
        }
    });

    @Test
    void eachKindIsNamedAfterItsCandidateOldestFirst() {
        List<CoachException> found = exceptions.of(List.of(adaShares, benShares), NOW);

        assertThat(found).extracting(CoachException::displayName, CoachException::kind, CoachException::count)
                .containsExactly(
                        tuple("Ben", CoachException.Kind.NO_ACTIVITY, 1),
                        tuple("Ben", CoachException.Kind.OVERDUE_THANK_YOU, 2),
                        tuple("Ada", CoachException.Kind.DECISION_DATE_PASSED_WITHOUT_CHECK_IN, 1));
        assertThat(asked).containsExactly("THANK_YOU for 2", "quiet since 2026-03-18T12:00:00Z");
    }

    @Test
    void nobodySharingMeansNothingToAsk() {
        assertThat(exceptions.of(List.of(), NOW)).isEmpty();
        assertThat(asked).isEmpty();
    }
}
