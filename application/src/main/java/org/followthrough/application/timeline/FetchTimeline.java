package org.followthrough.application.timeline;

import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;

/** The candidate's events that had happened by {@code asOf}, newest first, at most {@code limit}. */
public record FetchTimeline(CandidateId candidateId, Instant asOf, int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public FetchTimeline {
        if (limit < 1 || limit > 5000) {
            throw new IllegalArgumentException("limit must be between 1 and 5000");
        }
    }
}
