package org.followthrough.analytics;

import org.followthrough.domain.shared.CandidateId;

import java.time.ZoneId;
import java.util.List;

/**
 * Whose interviews a question covers, in which time zone its days and months are counted, below how many
 * interviews a group is withheld ({@code suppressBelow}; 0 for a candidate's own figures) and below how many a figure
 * is flagged as resting on few interviews ({@code fewBelow}).
 */
public record Scope(List<CandidateId> candidates, ZoneId zone, int suppressBelow, int fewBelow) {

    public static final int FEW_INTERVIEWS = 5;

    public Scope {
        candidates = List.copyOf(candidates);
    }

    /** A coach's view over the candidates who share with them: small groups are withheld. */
    public static Scope coach(List<CandidateId> sharing, ZoneId zone, int threshold) {
        return new Scope(sharing, zone, threshold, threshold);
    }

    /** A candidate's own history: nothing withheld, small groups flagged. */
    public static Scope own(CandidateId candidate, ZoneId zone) {
        return new Scope(List.of(candidate), zone, 0, FEW_INTERVIEWS);
    }

    public boolean suppresses(int interviews) {
        return interviews < suppressBelow;
    }

    public boolean isFew(int interviews) {
        return interviews < fewBelow;
    }
}
