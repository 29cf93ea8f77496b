package org.followthrough.application.dueactions;

import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;
import java.util.List;

/**
 * What the due-actions projection answers: every question about {@code due_action} and {@code due_action_opportunity}
 * goes through here. The live list only; as it stood on a past day, see {@code application.replay}.
 */
public interface DueActions {

    /** The candidate's open actions now, most urgent first. */
    List<DueActionView> open(CandidateId candidate);

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
