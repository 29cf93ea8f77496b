package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.Text;

import java.time.Instant;

/**
 * The candidate asked to share with a coach and was shown that coach's display name; the share is pending, and the
 * coach sees nothing of theirs until the candidate confirms the name ({@link SharedWithCoach}).
 */
public record CoachShareProposed(CandidateId candidateId, String coachEmail, boolean shareTimeline,
                                 String coachDisplayName, Instant proposedAt) implements CandidateEvent {

    public CoachShareProposed {
        coachEmail = EmailAddress.parse("coachEmail", coachEmail).value();
        coachDisplayName = Text.LINE.required("coachDisplayName", coachDisplayName);
    }

    @Override
    public Instant occurredAt() {
        return proposedAt;
    }
}
