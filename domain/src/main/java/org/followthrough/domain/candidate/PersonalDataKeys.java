package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;

/**
 * The keys the personal fields of each candidate's events are encrypted with (kept by the infrastructure; the domain never sees a key). Destroying one makes
 * those fields unreadable for good; the events themselves stay, so everyone else's history keeps its integrity.
 */
public interface PersonalDataKeys {

    /** Destroys the candidate's key; from then on {@link #isErased} answers true on every node. */
    void destroy(CandidateId candidate);

    /** Whether the candidate's key was destroyed: their events are to be skipped by every projection. */
    boolean isErased(CandidateId candidate);
}
