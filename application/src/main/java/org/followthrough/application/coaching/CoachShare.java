package org.followthrough.application.coaching;

import org.followthrough.domain.candidate.CoachShareStatus;

import java.time.Instant;

/**
 * One coach a candidate shares with, or asked to share with, as the candidate sees it: {@code since} is when it was
 * confirmed (ACTIVE) or asked for (PENDING).
 */
public record CoachShare(String coachEmail, boolean shareTimeline, Instant sharedAt, CoachShareStatus status) {
}
