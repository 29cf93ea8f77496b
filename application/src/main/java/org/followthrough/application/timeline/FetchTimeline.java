package org.followthrough.application.timeline;

import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A page of the candidate's timeline, newest first by when things happened.
 *
 * @param at          the moment it is seen from
 * @param basis       {@link Basis#OCCURRED}: what had happened by {@code at}; {@link Basis#RECORDED}: what the app
 *                    had been told by {@code at}
 * @param opportunity only this opportunity's entries, if given
 * @param from        only entries that happened at or after this, if given
 * @param until       only entries that happened before this, if given
 * @param limit       at most this many entries
 * @param after       continue after this position (the {@code next} of the previous page), if given
 */
public record FetchTimeline(CandidateId candidateId, Instant at, Basis basis, @Nullable OpportunityId opportunity,
                            @Nullable Instant from, @Nullable Instant until, int limit, @Nullable TimelineCursor after) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int PAGE = 50;

    public FetchTimeline {
        if (limit < 1 || limit > 5000) {
            throw new RuleViolation("limit", "must be between 1 and 5000");
        }
    }

    public FetchTimeline(CandidateId candidateId, Instant asOf, int limit) {
        this(candidateId, asOf, Basis.OCCURRED, null, null, null, limit, null);
    }
}
