package org.followthrough.application.coaching;

import org.followthrough.domain.shared.CandidateId;

import java.time.Instant;

/** Something in a sharing candidate's follow-up that a coach may want to ask about, and since when it stands. */
public record CoachException(CandidateId candidateId, String displayName, Kind kind, int count, Instant since) {

    public enum Kind { OVERDUE_THANK_YOU, DECISION_DATE_PASSED_WITHOUT_CHECK_IN, NO_ACTIVITY }
}
