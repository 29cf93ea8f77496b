package org.followthrough.application.dueactions;

import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.shared.CandidateId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What the due-actions projection answers: every question about {@code due_action} and {@code due_action_opportunity}
 * goes through here. The live list only; as it stood on a past day, see {@code application.replay}.
 */
public interface DueActions {

    /** The candidate's open actions now, most urgent first. */
    List<DueActionView> open(CandidateId candidate);

    /**
     * Up to {@code limit} of the candidate's actions still worth doing at {@code at}, most urgent first as
     * {@link DueAction#urgencyAt} orders them, those after {@code after} when given.
     */
    default List<DueActionView> open(CandidateId candidate, Instant at, @Nullable DueActionPosition after, int limit) {
        return open(candidate).stream().filter(view -> !view.action().isMissedAt(at))
                .sorted(Comparator.comparing(DueActionView::action, DueAction.urgencyAt(at)))
                .filter(view -> after == null || after.precedes(view.action()))
                .limit(limit)
                .toList();
    }

    /** Up to {@code limit} of the candidate's actions missed by {@code at}, the most recently missed first. */
    default List<DueActionView> missed(CandidateId candidate, Instant at, int limit) {
        return open(candidate).stream().filter(view -> view.action().isMissedAt(at))
                .sorted(Comparator.comparing((DueActionView view) -> view.action().worth().until()).reversed())
                .limit(limit)
                .toList();
    }

    /** How many of the candidate's actions were missed by {@code at}. */
    default int missedCount(CandidateId candidate, Instant at) {
        return (int) open(candidate).stream().filter(view -> view.action().isMissedAt(at)).count();
    }

    /** Why the rules that hold back are waiting, per opportunity of the candidate, as of now. */
    default List<WaitingView> waiting(CandidateId candidate) {
        return List.of();
    }

    /** Per candidate, the open actions of {@code rule} whose due instant had passed at {@code now}: how many, the earliest. */
    List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now);

    /** How many actions of one candidate are past due, and the earliest of their due instants. */
    record PastDue(CandidateId candidateId, int count, Instant since) {
    }
}
