package org.followthrough.application.rebuild;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild of the projections stands: per processor, how far it has read against the end of the event store
 * as it was when the rebuild began, how fast, and how long it should still take.
 */
public record RebuildStatus(@Nullable Instant startedAt, @Nullable Instant finishedAt, long head,
                            List<Processor> processors) {

    public RebuildStatus {
        processors = List.copyOf(processors);
    }

    /** One event processor's progress. */
    public record Processor(String name, boolean running, boolean replaying, long position, long target,
                            long processed, long total, double eventsPerSecond, @Nullable Duration remaining,
                            @Nullable String error) {

        public int percent() {
            return total <= 0 ? 100 : (int) Math.min(100, Math.round(100.0 * processed / total));
        }
    }

    public boolean rebuilding() {
        return startedAt != null && finishedAt == null;
    }
}
