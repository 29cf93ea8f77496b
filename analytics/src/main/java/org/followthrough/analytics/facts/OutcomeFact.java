package org.followthrough.analytics.facts;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

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
}
