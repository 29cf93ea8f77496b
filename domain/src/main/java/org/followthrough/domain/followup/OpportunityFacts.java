package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the rules need to know about one opportunity, folded from the events that still count. It does not
 * insist on an opening entry: an "as of" view may include a backdated interview but not the later opening.
 */
final class OpportunityFacts {

    final OpportunityId opportunityId;
    @Nullable String company;
    final List<InterviewHeld> interviews = new ArrayList<>();
    final List<InterviewNotesRecorded> notes = new ArrayList<>();
    final List<ThankYouSent> thankYous = new ArrayList<>();
    final List<FollowUpSent> followUps = new ArrayList<>();
    final List<RecruiterReplied> replies = new ArrayList<>();
    final List<CompetingOfferReceived> competingOffers = new ArrayList<>();
    final List<DeadlinePassed> deadlinesPassed = new ArrayList<>();
    @Nullable OpportunityClosed closure;

    private OpportunityFacts(OpportunityId opportunityId) {
        this.opportunityId = opportunityId;
    }

    static OpportunityFacts of(OpportunityId opportunityId, List<OpportunityEvent> effectiveEvents) {
        OpportunityFacts facts = new OpportunityFacts(opportunityId);
        for (OpportunityEvent event : effectiveEvents) {
            switch (event) {
                case OpportunityOpened opened -> facts.company = opened.company();
                case InterviewHeld held -> facts.interviews.add(held);
                case InterviewNotesRecorded written -> facts.notes.add(written);
                case ThankYouSent thankYou -> facts.thankYous.add(thankYou);
                case FollowUpSent followUp -> facts.followUps.add(followUp);
                case RecruiterReplied reply -> facts.replies.add(reply);
                case CompetingOfferReceived offer -> facts.competingOffers.add(offer);
                case DeadlinePassed passed -> facts.deadlinesPassed.add(passed);
                case OpportunityClosed closed -> facts.closure = closed;
                case EntryRetracted retraction -> {
                    // already applied: retracted entries are not among the effective events
                }
            }
        }
        facts.interviews.sort(Comparator.comparing(InterviewHeld::endedAt));
        facts.followUps.sort(Comparator.comparing(FollowUpSent::sentAt));
        facts.replies.sort(Comparator.comparing(RecruiterReplied::receivedAt));
        facts.competingOffers.sort(Comparator.comparing(CompetingOfferReceived::receivedAt));
        return facts;
    }

    boolean isClosed() {
        return closure != null;
    }

    String employer() {
        return company == null ? "them" : company;
    }

    Optional<InterviewHeld> latestInterview() {
        return interviews.isEmpty() ? Optional.empty() : Optional.of(interviews.getLast());
    }

    /** A later round has taken place: what was due for this one has been overtaken. */
    boolean isSuperseded(InterviewHeld interview) {
        return interviews.stream().anyMatch(other -> other.endedAt().isAfter(interview.endedAt()));
    }

    List<RecruiterReplied> repliesAfter(Instant moment) {
        return replies.stream().filter(reply -> !reply.receivedAt().isBefore(moment)).toList();
    }

    Optional<RecruiterReplied> decisionAfter(Instant moment) {
        return repliesAfter(moment).stream().filter(reply -> reply.kind().isDecision()).findFirst();
    }

    List<FollowUpSent> followUpsAfter(Instant moment, FollowUpPurpose purpose) {
        return followUps.stream()
                .filter(followUp -> followUp.purpose() == purpose && !followUp.sentAt().isBefore(moment))
                .toList();
    }

    boolean thanked(InterviewId interviewId, Interviewer interviewer) {
        return thankYous.stream().anyMatch(thankYou -> thankYou.interviewId().equals(interviewId)
                && interviewer.isCalled(thankYou.interviewer()));
    }

    boolean thankedAnyone(InterviewId interviewId) {
        return thankYous.stream().anyMatch(thankYou -> thankYou.interviewId().equals(interviewId));
    }

    boolean hasNotes(InterviewId interviewId) {
        return notes.stream().anyMatch(written -> written.interviewId().equals(interviewId));
    }

    boolean deadlinePassedFor(InterviewId interviewId) {
        return deadlinesPassed.stream().anyMatch(passed -> passed.interviewId().equals(interviewId));
    }

    /** The interviewer as recorded at any interview of this opportunity, for their e-mail address. */
    Optional<Interviewer> interviewerCalled(String name) {
        return interviews.stream().flatMap(interview -> interview.interviewers().stream())
                .filter(interviewer -> interviewer.isCalled(name))
                .findFirst();
    }
}
