package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewCancelled;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.InterviewRescheduled;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A small world for the rule tests: Ada, in Berlin, pursues a role at Acme in March and April 2026 (Central European
 * Time, +01:00, until 29 March). Her calendar has a Saturday–Sunday weekend and a few named holidays, so that the
 * tests say exactly which days are skipped; the real holiday data is tested in infra.
 */
final class PolicyFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final PublicHolidays EASTER = day -> Optional.ofNullable(Map.of(
            LocalDate.of(2026, 4, 3), "Good Friday",
            LocalDate.of(2026, 4, 6), "Easter Monday",
            LocalDate.of(2026, 5, 1), "Labour Day").get(day));
    static final BusinessCalendar CALENDAR = new BusinessCalendar(BERLIN, Weekend.SATURDAY_SUNDAY, EASTER);
    static final FollowUpPolicy POLICY = FollowUpPolicy.DEFAULTS;

    static final OpportunityId OPPORTUNITY = OpportunityId.of(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final CandidateId ADA = CandidateId.of(UUID.fromString("00000000-0000-0000-0000-0000000000ad"));
    static final InterviewId FIRST = InterviewId.of(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final InterviewId SECOND = InterviewId.of(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    static final Interviewer GRACE = new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example");
    static final Interviewer ALAN = new Interviewer("Alan Turing", "Staff Engineer", null);

    /** Tuesday 10 March 2026, 15:00 in Berlin: the first interview ends. */
    static final Instant INTERVIEW_END = at("2026-03-10T15:00");

    private PolicyFixture() {
    }

    /** A local time in Berlin, written without its offset. */
    static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static LocalDate day(String isoDay) {
        return LocalDate.parse(isoDay);
    }

    static OpportunityOpened opened() {
        return new OpportunityOpened(OPPORTUNITY, ADA, "Acme", "Backend Engineer", at("2026-03-01T09:00"));
    }

    static InterviewHeld held(DecisionTimeline decision, Interviewer... interviewers) {
        return held(FIRST, 1, INTERVIEW_END, decision, interviewers);
    }

    static InterviewHeld held(InterviewId id, int round, Instant endedAt, DecisionTimeline decision,
                              Interviewer... interviewers) {
        return new InterviewHeld(OPPORTUNITY, ADA, id, round, null, endedAt, List.of(interviewers), decision);
    }

    static InterviewNotesRecorded notes(InterviewId id, Instant at) {
        return new InterviewNotesRecorded(OPPORTUNITY, ADA, id, "the design exercise", null, null, null, List.of(), at);
    }

    static InterviewNotesRecorded notesPerInterviewer(InterviewId id, Instant at, InterviewerNotes... perInterviewer) {
        return new InterviewNotesRecorded(OPPORTUNITY, ADA, id, null, null, null, null, List.of(perInterviewer), at);
    }

    static ThankYouSent thanked(Interviewer interviewer, Instant at) {
        return new ThankYouSent(OPPORTUNITY, ADA, FIRST, interviewer.name(), Channel.EMAIL, at, null, false);
    }

    static ThankYouSent thankedAskingNextSteps(Interviewer interviewer, Instant at) {
        return new ThankYouSent(OPPORTUNITY, ADA, FIRST, interviewer.name(), Channel.EMAIL, at, null, true);
    }

    static FollowUpSent followUp(FollowUpPurpose purpose, Instant at) {
        return followUp(purpose, Channel.EMAIL, at, GRACE.name());
    }

    static FollowUpSent followUp(FollowUpPurpose purpose, Channel channel, Instant at, @Nullable String to) {
        return new FollowUpSent(OPPORTUNITY, ADA, purpose, channel, at, to, null);
    }

    static RecruiterReplied reply(ReplyKind kind, Instant at) {
        return new RecruiterReplied(OPPORTUNITY, ADA, kind, at, null);
    }

    static CompetingOfferReceived offer(Instant at, LocalDate respondBy) {
        return new CompetingOfferReceived(OPPORTUNITY, ADA, at, respondBy);
    }

    static OpportunityClosed closed(Outcome outcome, Instant at) {
        return new OpportunityClosed(OPPORTUNITY, ADA, outcome, at);
    }

    static InterviewScheduled scheduled(InterviewId id, int round, Instant startsAt, @Nullable Instant endsAt,
                                        Instant scheduledAt, Interviewer... interviewers) {
        return new InterviewScheduled(OPPORTUNITY, ADA, id, round, startsAt, endsAt, List.of(interviewers), scheduledAt);
    }

    static InterviewRescheduled rescheduled(InterviewId id, Instant startsAt, @Nullable Instant endsAt, Instant at) {
        return new InterviewRescheduled(OPPORTUNITY, ADA, id, startsAt, endsAt, at);
    }

    static InterviewCancelled cancelled(InterviewId id, Instant at) {
        return new InterviewCancelled(OPPORTUNITY, ADA, id, "they filled the role", at);
    }

    static DecisionTimelineChanged changed(DecisionTimeline decision, Instant toldAt) {
        return new DecisionTimelineChanged(OPPORTUNITY, ADA, FIRST, decision, toldAt);
    }

    static ConnectionMade connected(Interviewer interviewer, Instant at) {
        return new ConnectionMade(OPPORTUNITY, ADA, interviewer.name(), at);
    }

    static DeadlinePassed deadlinePassed(LocalDate stated, Instant at) {
        return new DeadlinePassed(OPPORTUNITY, ADA, FIRST, stated, at);
    }

    /** Everything the policy says about the history as it stood at {@code at}. */
    static Advice advice(Instant at, OpportunityEvent... events) {
        return FollowUpRules.advice(OPPORTUNITY, OpportunityHistory.of(List.of(events)), at, CALENDAR, POLICY);
    }

    /** The open actions of one rule at {@code at}. */
    static List<DueAction> open(Rule rule, Instant at, OpportunityEvent... events) {
        return advice(at, events).openAt(at).stream().filter(action -> action.rule() == rule).toList();
    }

    /** The missed actions of one rule at {@code at}. */
    static List<DueAction> missed(Rule rule, Instant at, OpportunityEvent... events) {
        return advice(at, events).missedAt(at).stream().filter(action -> action.rule() == rule).toList();
    }

    /** When an action is due, as a day, or as an instant for those due at one: for compact assertions. */
    static Object due(DueAction action) {
        return action.dueOn() != null ? action.dueOn() : action.dueAt();
    }
}
