package org.followthrough.domain.candidate;

import java.util.function.Consumer;

/** Reads every candidate's events, stream by stream and each in order (a port; the store implements it). */
@FunctionalInterface
public interface CandidateStreams {

    void forEachEvent(Consumer<CandidateEvent> action);
}
