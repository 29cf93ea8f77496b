package org.followthrough.analytics;

import org.followthrough.domain.shared.CandidateId;

import java.time.ZoneId;
import java.util.List;

/**
 * Whose interviews a question covers, in which time zone its days and months are counted, below how many distinct
 * candidates a group is withheld ({@code suppressBelow}; 0 for a candidate's own figures) and below how many interviews
 * a figure is flagged as resting on few interviews ({@code fewBelow}). A coach's figures are also {@link #noisy()}:
 * their counts carry the noise of docs/privacy.md and their periods are whole months.
 */
public record Scope(List<CandidateId> candidates, ZoneId zone, int suppressBelow, int fewBelow) {

    public static final int FEW_INTERVIEWS = 5;

    public Scope {
        candidates = List.copyOf(candidates);
    }

    /** A coach's view over the candidates who share with them: groups of fewer than {@code threshold} people are withheld. */
    public static Scope coach(List<CandidateId> sharing, ZoneId zone, int threshold) {
        return new Scope(sharing, zone, threshold, FEW_INTERVIEWS);
    }

    /** A candidate's own history: nothing withheld, small groups flagged. */
    public static Scope own(CandidateId candidate, ZoneId zone) {
        return new Scope(List.of(candidate), zone, 0, FEW_INTERVIEWS);
    }

    /** Whether a group of this many distinct candidates is withheld. */
    public boolean suppresses(int candidates) {
        return candidates < suppressBelow;
    }

    /** A coach's figures: perturbed counts over whole months. A candidate's own figures are exact. */
    public boolean noisy() {
        return suppressBelow > 0;
    }

    public boolean isFew(int interviews) {
        return interviews < fewBelow;
    }
}
