package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the employer's silence counts, and the one meaning of "last contact" that the status check, moving on and the
 * cadence warning share: the candidate's last message that asked for news (a check-in, a next-steps query, clearing
 * the air, an answer to their concern) or the employer's last word (a reply of any kind, or a new timeline).
 * Silence does not count while the ball is in the candidate's court or the process is still moving: see
 * {@link #reasonsToWait}.
 */
final class Silence {

    /** The rules that hold back while there is a reason to wait. */
    static final List<Rule> PAUSED = List.of(Rule.STATUS_CHECK, Rule.MOVE_ON);

    private Silence() {
    }

    /** One contact between the candidate and the employer, and how an explanation names it. */
    record Contact(Instant at, boolean fromThem, String description) {
    }

    /** Every contact, oldest first. */
    static List<Contact> contacts(OpportunityFacts facts) {
        List<Contact> contacts = new ArrayList<>();
        for (FollowUpSent followUp : facts.followUps) {
            if (followUp.purpose().asksForNews()) {
                contacts.add(new Contact(followUp.sentAt(), false, describe(followUp.purpose())));
            }
        }
        for (RecruiterReplied reply : facts.replies) {
            contacts.add(new Contact(reply.receivedAt(), true, "they last wrote"));
        }
        for (DecisionTimelineChanged changed : facts.decisionChanges) {
            contacts.add(new Contact(changed.toldAt(), true, "they gave you a new timeline"));
        }
        contacts.sort(Comparator.comparing(Contact::at));
        return contacts;
    }

    /** The last contact at or after {@code since}, if any. */
    static Optional<Contact> lastContactSince(OpportunityFacts facts, Instant since) {
        return contacts(facts).stream().filter(contact -> !contact.at().isBefore(since)).reduce((first, second) -> second);
    }

    /**
     * The check-ins about this round that got no answer, in a row: those since the employer last said anything about
     * it (a reply or a new timeline). An answer starts the count again.
     */
    static List<FollowUpSent> checkInsInARow(OpportunityFacts facts, InterviewHeld interview) {
        Instant from = contacts(facts).stream()
                .filter(contact -> contact.fromThem() && !contact.at().isBefore(interview.endedAt()))
                .map(Contact::at)
                .reduce((first, second) -> second)
                .orElse(interview.endedAt());
        return facts.followUps.stream()
                .filter(followUp -> followUp.purpose() == FollowUpPurpose.STATUS_CHECK && !followUp.sentAt().isBefore(from))
                .toList();
    }

    /**
     * Why the employer's silence does not count yet on the latest round: an interview still to take place, an
     * invitation to another round, a concern or a request the candidate has not answered. Empty when nothing is
     * awaited from the candidate's side, or there is nothing to wait for (closed, decided, no interview yet).
     */
    static List<Waiting> reasonsToWait(OpportunityFacts facts, BusinessCalendar calendar) {
        Optional<InterviewHeld> latest = facts.latestInterview();
        if (facts.isClosed() || latest.isEmpty() || facts.decisionAfter(latest.get().endedAt()).isPresent()) {
            return List.of();
        }
        List<Waiting> reasons = new ArrayList<>();
        List<OpportunityFacts.ScheduledInterview> pending = facts.pendingInterviews();
        for (OpportunityFacts.ScheduledInterview interview : pending) {
            String when = Dates.dayTime(interview.startsAt(), calendar.zone());
            reasons.add(new Waiting(facts.opportunityId, Waiting.Reason.INTERVIEW_SCHEDULED, PAUSED,
                    "Your round " + interview.announced().round() + " interview is scheduled for " + when
                            + ". Their silence means nothing while the process is moving: no check-ins and no thought of"
                            + " moving on until it has taken place (or is called off)."));
        }
        if (pending.isEmpty()) {
            facts.repliesAfter(latest.get().endedAt()).stream()
                    .filter(reply -> reply.kind() == ReplyKind.NEXT_ROUND)
                    .reduce((first, second) -> second)
                    .ifPresent(invitation -> reasons.add(new Waiting(facts.opportunityId, Waiting.Reason.NEXT_ROUND_INVITED,
                            PAUSED, "They invited you to another round on " + Dates.day(calendar.dayOf(invitation.receivedAt()))
                            + ". Nothing to chase until it has taken place; once a date is set, add it as a scheduled"
                            + " interview.")));
        }
        for (RecruiterReplied concern : facts.unansweredConcerns()) {
            boolean isConcern = concern.kind() == ReplyKind.CONCERN;
            reasons.add(new Waiting(facts.opportunityId,
                    isConcern ? Waiting.Reason.CONCERN_UNANSWERED : Waiting.Reason.INFORMATION_REQUESTED, PAUSED,
                    (isConcern ? "They raised a concern on " : "They asked you for more information on ")
                            + Dates.day(calendar.dayOf(concern.receivedAt()))
                            + ". The next move is yours: until you answer, their silence is not a reason to chase them"
                            + " or to give up."));
        }
        return reasons;
    }

    private static String describe(FollowUpPurpose purpose) {
        return switch (purpose) {
            case STATUS_CHECK -> "you last checked in";
            case NEXT_STEPS -> "you asked about the next steps";
            case CLEAR_THE_AIR -> "you told them about your other offer";
            case ADDRESS_CONCERN -> "you answered their concern";
            case REITERATE, CONNECT, THANKS_AFTER_OUTCOME -> throw new IllegalArgumentException(purpose + " asks for no news");
        };
    }
}
