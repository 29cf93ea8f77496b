package org.followthrough.domain.followup;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the policy has to say about an opportunity: its actions (open or missed, depending on when one looks)
 * and why some rules are waiting.
 */
public record Advice(List<DueAction> actions, List<Waiting> waiting) {

    public Advice {
        actions = List.copyOf(actions);
        waiting = List.copyOf(waiting);
    }

    /** The actions still worth doing at {@code now}, most urgent first. */
    public List<DueAction> openAt(Instant now) {
        return actions.stream().filter(action -> !action.isMissedAt(now)).sorted(DueAction.urgencyAt(now)).toList();
    }

    /** The actions whose time had passed by {@code now}, each with its reason, the most recently missed first. */
    public List<DueAction> missedAt(Instant now) {
        return actions.stream().filter(action -> action.isMissedAt(now))
                .sorted(Comparator.comparing((DueAction action) -> action.worth().until()).reversed())
                .toList();
    }
}
