package org.followthrough.application.coaching;

import java.time.Instant;

/** One coach a candidate shares with, as the candidate sees it. */
public record CoachShare(String coachEmail, boolean shareTimeline, Instant sharedAt) {
}
