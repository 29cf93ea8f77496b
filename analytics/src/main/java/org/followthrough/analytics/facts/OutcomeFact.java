package org.followthrough.analytics.facts;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * What followed one interview: the thank-you (timing and channel of the first), the check-ins sent before the
 * employer's first reply, that reply, whether their stated date went by, and how the opportunity ended. No names,
 * no message texts, no notes.
 */
public record OutcomeFact(InterviewId interviewId, OpportunityId opportunityId, CandidateId candidateId, int round,
                          boolean firstRound, Instant endedAt, ThankYouTiming thankYouTiming,
                          @Nullable Channel thankYouChannel, int checkIns, @Nullable Instant firstReplyAt,
                          @Nullable ReplyKind firstReplyKind, boolean deadlinePassed, @Nullable FinalOutcome outcome,
                          @Nullable Instant closedAt) {

    private static final long DAY = 86_400;

    /** Whole days from the interview's end to the first reply, rounded up: a reply within 2 days counts on day 2. */
    public @Nullable Integer replyDays() {
        return firstReplyAt == null ? null : daysUp(Duration.between(endedAt, firstReplyAt));
    }

    /** Whole days the interview was watched before its opportunity closed, rounded down. */
    public @Nullable Integer closedDays() {
        return closedAt == null ? null : daysDown(Duration.between(endedAt, closedAt));
    }

    public static int daysUp(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        return (int) ((seconds + DAY - 1) / DAY);
    }

    public static int daysDown(Duration elapsed) {
        return (int) (Math.max(0, elapsed.toSeconds()) / DAY);
    }
}
