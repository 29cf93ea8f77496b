package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.InterviewCancelled;
import org.followthrough.domain.opportunity.InterviewRescheduled;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.ReplyKind;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    final List<DecisionTimelineChanged> decisionChanges = new ArrayList<>();
    final List<ConnectionMade> connections = new ArrayList<>();
    /** Scheduled interviews by id, with their latest times; cancelled and already held ones included. */
    final Map<InterviewId, ScheduledInterview> scheduled = new LinkedHashMap<>();
    @Nullable OpportunityClosed closure;

    /** A scheduled interview as it stands: its announcement, its current times, and whether it was called off. */
    record ScheduledInterview(InterviewScheduled announced, Instant startsAt, @Nullable Instant endsAt,
                              boolean cancelled) {

        InterviewId interviewId() {
            return announced.interviewId();
        }

        /** The scheduled end, or an hour after the start when no end was given. */
        Instant expectedEnd() {
            return endsAt != null ? endsAt : startsAt.plus(ASSUMED_LENGTH);
        }
    }

    /** How long an interview is taken to last when only its start is known. */
    static final Duration ASSUMED_LENGTH = Duration.ofHours(1);

    private OpportunityFacts(OpportunityId opportunityId) {
        this.opportunityId = opportunityId;
    }

    static OpportunityFacts of(OpportunityId opportunityId, List<OpportunityEvent> effectiveEvents) {
        OpportunityFacts facts = new OpportunityFacts(opportunityId);
        for (OpportunityEvent event : effectiveEvents) {
            switch (event) {
                case OpportunityOpened opened -> facts.company = opened.company();
                case InterviewScheduled announced -> facts.scheduled.put(announced.interviewId(),
                        new ScheduledInterview(announced, announced.startsAt(), announced.endsAt(), false));
                case InterviewRescheduled moved -> facts.scheduled.computeIfPresent(moved.interviewId(),
                        (id, current) -> new ScheduledInterview(current.announced(), moved.startsAt(), moved.endsAt(),
                                current.cancelled()));
                case InterviewCancelled cancelled -> facts.scheduled.computeIfPresent(cancelled.interviewId(),
                        (id, current) -> new ScheduledInterview(current.announced(), current.startsAt(), current.endsAt(),
                                true));
                case InterviewHeld held -> facts.interviews.add(held);
                case DecisionTimelineChanged changed -> facts.decisionChanges.add(changed);
                case ConnectionMade connection -> facts.connections.add(connection);
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
        facts.decisionChanges.sort(Comparator.comparing(DecisionTimelineChanged::toldAt));
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

    /** Scheduled interviews still to be recorded as held, neither held nor called off, soonest first. */
    List<ScheduledInterview> pendingInterviews() {
        return scheduled.values().stream()
                .filter(interview -> !interview.cancelled()
                        && interviews.stream().noneMatch(held -> held.interviewId().equals(interview.interviewId())))
                .sorted(Comparator.comparing(ScheduledInterview::startsAt))
                .toList();
    }

    /** The employer's latest change of their timeline for the interview, if they changed it. */
    Optional<DecisionTimelineChanged> decisionChange(InterviewHeld interview) {
        return decisionChanges.stream().filter(changed -> changed.interviewId().equals(interview.interviewId()))
                .reduce((first, second) -> second);
    }

    /** What the employer last said about deciding on the interview: at the interview, or since. */
    DecisionTimeline decisionOn(InterviewHeld interview) {
        return decisionChange(interview).map(DecisionTimelineChanged::decision).orElse(interview.decision());
    }

    /** Since when that timeline holds: the interview's end, or when they changed it. */
    Instant decisionSince(InterviewHeld interview) {
        return decisionChange(interview).map(DecisionTimelineChanged::toldAt).orElse(interview.endedAt());
    }

    /**
     * A concern or request for information still waiting for the candidate: not answered by a follow-up that
     * addresses it, nor settled by a later reply (another round, an offer, a rejection) or a later interview.
     */
    boolean isUnanswered(RecruiterReplied concern) {
        Instant raised = concern.receivedAt();
        boolean addressed = followUps.stream().anyMatch(followUp -> followUp.purpose() == FollowUpPurpose.ADDRESS_CONCERN
                && !followUp.sentAt().isBefore(raised));
        boolean settled = replies.stream().anyMatch(later -> later.receivedAt().isAfter(raised)
                && (later.kind() == ReplyKind.NEXT_ROUND || later.kind().isDecision()));
        boolean laterInterview = interviews.stream().anyMatch(interview -> interview.endedAt().isAfter(raised));
        return !addressed && !settled && !laterInterview;
    }

    List<RecruiterReplied> unansweredConcerns() {
        return replies.stream()
                .filter(reply -> reply.kind() == ReplyKind.CONCERN || reply.kind() == ReplyKind.NEEDS_INFO)
                .filter(this::isUnanswered)
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

    boolean deadlinePassedFor(InterviewId interviewId, LocalDate statedDate) {
        return deadlinesPassed.stream().anyMatch(passed -> passed.interviewId().equals(interviewId)
                && passed.statedDate().equals(statedDate));
    }

    /** The interviewer as recorded at any interview of this opportunity, for their e-mail address. */
    Optional<Interviewer> interviewerCalled(String name) {
        return interviews.stream().flatMap(interview -> interview.interviewers().stream())
                .filter(interviewer -> interviewer.isCalled(name))
                .findFirst();
    }
}
