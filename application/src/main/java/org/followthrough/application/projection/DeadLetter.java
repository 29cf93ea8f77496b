package org.followthrough.application.projection;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A stream that a projection could not handle, parked: the first event that failed and why, how many of the stream's
 * events wait behind it, and how often it has been tried.
 *
 * @param streamId      the opportunity (or, for the candidate projections, the candidate) whose events are parked
 * @param firstSequence the first parked entry of the stream ({@code -1} when the failure is not tied to one entry)
 */
public record DeadLetter(long id, String processor, UUID streamId, @Nullable UUID candidateId, long firstSequence,
                         long lastSequence, String eventType, int events, String error, Instant firstFailedAt,
                         Instant lastFailedAt, int attempts) {
}
