package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads candidates' events, stream by stream and each in order (a port; the store implements it). */
@FunctionalInterface
public interface CandidateStreams {

    void forEachEvent(Consumer<CandidateEvent> action);

    /**
     * One candidate's events in order; empty for a candidate the store has no stream of. The store reads the one
     * stream; this default walks them all.
     */
    default List<CandidateEvent> streamOf(CandidateId candidate) {
        List<CandidateEvent> events = new ArrayList<>();
        forEachEvent(event -> {
            if (event.candidateId().equals(candidate)) {
                events.add(event);
            }
        });
        return events;
    }
}
