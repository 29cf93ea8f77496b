package org.followthrough.analytics.facts;

import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.InterviewCancelled;
import org.followthrough.domain.opportunity.InterviewRescheduled;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.InterviewId;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folds one opportunity's effective events (retracted entries already left out) into a fact per interview. The
 * definitions are the ones DESIGN.md gives the analytics: an interview got a reply when the first recruiter reply
 * at or after its end arrived; thank-you timing is that of the first thank-you for that interview; a check-in is a
 * status-check follow-up sent after the interview's end and before that first reply.
 */
public final class OutcomeFacts {

    static final Duration THANK_YOU_WINDOW = Duration.ofHours(24);

    private OutcomeFacts() {
    }

    public static List<OutcomeFact> of(List<OpportunityEvent> effectiveEvents) {
        List<InterviewHeld> interviews = new ArrayList<>();
        List<ThankYouSent> thankYous = new ArrayList<>();
        List<FollowUpSent> checkIns = new ArrayList<>();
        List<RecruiterReplied> replies = new ArrayList<>();
        Set<InterviewId> deadlinesPassed = new HashSet<>();
        OpportunityClosed closure = null;
        for (OpportunityEvent event : effectiveEvents) {
            switch (event) {
                case InterviewHeld held -> interviews.add(held);
                case ThankYouSent thankYou -> thankYous.add(thankYou);
                case FollowUpSent followUp -> {
                    if (followUp.purpose() == FollowUpPurpose.STATUS_CHECK) {
                        checkIns.add(followUp);
                    }
                }
                case RecruiterReplied reply -> replies.add(reply);
                case DeadlinePassed passed -> deadlinesPassed.add(passed.interviewId());
                case OpportunityClosed closed -> closure = closed;
                case OpportunityOpened opened -> {
                    // the opening says nothing about what followed an interview
                }
                case InterviewNotesRecorded notes -> {
                    // notes never reach the analytics
                }
                case CompetingOfferReceived offer -> {
                    // not among the facts the figures use
                }
                case InterviewScheduled scheduled -> {
                    // an interview counts once it has been held
                }
                case InterviewRescheduled rescheduled -> {
                    // an interview counts once it has been held
                }
                case InterviewCancelled cancelled -> {
                    // an interview counts once it has been held
                }
                case DecisionTimelineChanged changed -> {
                    // not among the facts the figures use
                }
                case ConnectionMade connection -> {
                    // not among the facts the figures use
                }
                case EntryRetracted retraction -> {
                    // already applied: the effective events leave retracted entries out
                }
            }
        }
        interviews.sort(Comparator.comparing(InterviewHeld::endedAt));
        thankYous.sort(Comparator.comparing(ThankYouSent::sentAt));
        replies.sort(Comparator.comparing(RecruiterReplied::receivedAt));
        FinalOutcome outcome = closure != null ? FinalOutcome.of(closure.outcome()) : settledByReply(replies);

        List<OutcomeFact> facts = new ArrayList<>();
        for (InterviewHeld interview : interviews) {
            Optional<ThankYouSent> firstThanks = thankYous.stream()
                    .filter(thankYou -> thankYou.interviewId().equals(interview.interviewId()))
                    .findFirst();
            Optional<RecruiterReplied> firstReply = replies.stream()
                    .filter(reply -> !reply.receivedAt().isBefore(interview.endedAt()))
                    .findFirst();
            int checkInsBeforeReply = (int) checkIns.stream()
                    .filter(checkIn -> !checkIn.sentAt().isBefore(interview.endedAt()))
                    .filter(checkIn -> firstReply.map(reply -> checkIn.sentAt().isBefore(reply.receivedAt())).orElse(true))
                    .count();
            facts.add(new OutcomeFact(interview.interviewId(), interview.opportunityId(), interview.candidateId(),
                    interview.round(), interview == interviews.getFirst(), interview.endedAt(),
                    firstThanks.map(thankYou -> timing(interview, thankYou)).orElse(ThankYouTiming.NONE),
                    firstThanks.map(ThankYouSent::channel).orElse(null), checkInsBeforeReply,
                    firstReply.map(RecruiterReplied::receivedAt).orElse(null),
                    firstReply.map(RecruiterReplied::kind).orElse(null),
                    deadlinesPassed.contains(interview.interviewId()), outcome,
                    closure == null ? null : closure.closedAt()));
        }
        return facts;
    }

    private static ThankYouTiming timing(InterviewHeld interview, ThankYouSent thankYou) {
        return Duration.between(interview.endedAt(), thankYou.sentAt()).compareTo(THANK_YOU_WINDOW) <= 0
                ? ThankYouTiming.WITHIN_24H : ThankYouTiming.LATER;
    }

    /** The latest offer or rejection, for an opportunity the candidate has not closed yet. */
    private static @Nullable FinalOutcome settledByReply(List<RecruiterReplied> replies) {
        FinalOutcome settled = null;
        for (RecruiterReplied reply : replies) {
            FinalOutcome outcome = FinalOutcome.of(reply.kind());
            if (outcome != null) {
                settled = outcome;
            }
        }
        return settled;
    }
}
