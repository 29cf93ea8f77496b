package org.followthrough.site.admin;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The administrator's page: the event processors, how far each has read, and the state of a rebuild. */
public record AdminView(long eventsInStore, boolean rebuilding, @Nullable String started, @Nullable String finished,
                        List<ProcessorRow> processors) {

    public AdminView {
        processors = List.copyOf(processors);
    }

    /** A morning digest that could not be sent and waits for its next attempt. */
    public record DigestFailure(String candidateId, String day, int attempts, String nextAttempt, String error) {
    }

    /** One processor: its state, its position against the target, its rate and what is left. */
    public record ProcessorRow(String name, String state, long position, long target, int percent, long eventsPerSecond,
                               @Nullable String remaining, @Nullable String error) {
    }
}
