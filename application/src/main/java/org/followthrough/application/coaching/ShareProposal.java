package org.followthrough.application.coaching;

import org.followthrough.domain.candidate.CoachShareStatus;

/**
 * The answer to a request to share: the coach's address and the display name the candidate must confirm, and whether
 * the share waits for that (PENDING) or was already confirmed before (ACTIVE, only the timeline choice applied).
 */
public record ShareProposal(String coachEmail, String coachName, boolean shareTimeline, CoachShareStatus status) {
}
