package org.followthrough.site.admin;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The administrator's page: the event processors, how far each has read, the state of a rebuild, dead letters. */
public record AdminView(long eventsInStore, boolean rebuilding, @Nullable String started, @Nullable String finished,
                        List<ProcessorRow> processors, List<DeadLetterRow> deadLetters) {

    public AdminView {
        processors = List.copyOf(processors);
        deadLetters = List.copyOf(deadLetters);
    }

    /**
     * A stream a projection has parked: which processor, whose opportunity (or candidate), the event and the error
     * that parked it, since when, and how often it was tried.
     */
    public record DeadLetterRow(long id, String processor, String stream, String candidate, String eventType,
                                String entries, String error, String firstFailed, int attempts) {
    }

    /** A morning digest that could not be sent and waits for its next attempt. */
    /** An app node on this database, and the processor segments it works. */
    public record NodeRow(String id, String lastSeen, boolean alive, boolean self, String segments) {
    }

    public record DigestFailure(String candidateId, String day, int attempts, String nextAttempt, String error) {
    }

    /** One processor: its state, its position against the target, its rate and what is left. */
    public record ProcessorRow(String name, String state, long position, long target, int percent, long eventsPerSecond,
                               @Nullable String remaining, @Nullable String error) {
    }
}
