package org.followthrough.application.dueactions;

import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The candidate's open actions. Without {@code asOf}: the live list from the projection. With it: computed by the
 * same policy from the events that had happened by then ({@link Basis#OCCURRED}) or that the app had been told
 * of by then ({@link Basis#RECORDED}).
 */
public record FetchDueActions(CandidateId candidateId, @Nullable Instant asOf, Basis basis) {

    public static FetchDueActions now(CandidateId candidateId) {
        return new FetchDueActions(candidateId, null, Basis.OCCURRED);
    }

    public static FetchDueActions asOf(CandidateId candidateId, Instant asOf) {
        return new FetchDueActions(candidateId, asOf, Basis.OCCURRED);
    }
}
