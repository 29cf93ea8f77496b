package org.followthrough.infra.testing.scenarios;

import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.EntryRetracted;
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
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Expected;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Person;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Step;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scenario's steps as the events the opportunity aggregate would record for them, without the aggregate: one
 * event per step, numbered from 0 (the opening) in step order, so a retraction's step number is the sequence it
 * takes back. Notes and retractions, which the server stamps, count as made at the scenario's {@code asOf}.
 * The system's own DeadlinePassed is not produced: no rule's due day depends on it (it only changes wording).
 * An interview recorded as held under the label of a scheduled one keeps its id and round, as the aggregate does.
 */
public final class InMemoryReplay {

    private final OpportunityId opportunityId;
    private final List<OpportunityEvent> events = new ArrayList<>();
    private final Map<String, InterviewHeld> interviewsByLabel = new HashMap<>();
    private final Map<String, InterviewScheduled> scheduledByLabel = new HashMap<>();
    private final Map<InterviewId, String> labelsById = new HashMap<>();

    private InMemoryReplay(FollowUpScenario scenario) {
        opportunityId = OpportunityId.of(uuid("opportunity:" + scenario.name()));
        CandidateId candidate = CandidateId.of(uuid("candidate:" + scenario.name()));
        Instant stamped = scenario.asOf().toInstant();
        for (Step step : scenario.steps()) {
            events.add(switch (step) {
                case Step.Open open -> new OpportunityOpened(opportunityId, candidate, open.company(), open.role(),
                        open.openedAt().toInstant());
                case Step.ScheduledInterview interview -> {
                    InterviewId id = idOf(scenario, interview.label());
                    InterviewScheduled scheduled = new InterviewScheduled(opportunityId, candidate, id,
                            interviewsByLabel.size() + pendingCount() + 1, interview.startsAt().toInstant(),
                            interview.endsAt() == null ? null : interview.endsAt().toInstant(),
                            people(interview.interviewers()), interview.scheduledAt().toInstant());
                    scheduledByLabel.put(interview.label(), scheduled);
                    labelsById.put(id, interview.label());
                    yield scheduled;
                }
                case Step.Reschedule moved -> new InterviewRescheduled(opportunityId, candidate,
                        scheduled(moved.interview()).interviewId(), moved.startsAt().toInstant(),
                        moved.endsAt() == null ? null : moved.endsAt().toInstant(), moved.rescheduledAt().toInstant());
                case Step.Cancel cancelled -> new InterviewCancelled(opportunityId, candidate,
                        scheduledByLabel.remove(cancelled.interview()).interviewId(), null,
                        cancelled.cancelledAt().toInstant());
                case Step.Interview interview -> {
                    InterviewScheduled scheduled = scheduledByLabel.remove(interview.label());
                    InterviewId id = idOf(scenario, interview.label());
                    List<Interviewer> people = people(interview.interviewers());
                    InterviewHeld held = new InterviewHeld(opportunityId, candidate, id,
                            scheduled != null ? scheduled.round() : interviewsByLabel.size() + 1,
                            interview.startedAt() == null ? null : interview.startedAt().toInstant(),
                            interview.endedAt().toInstant(),
                            people.isEmpty() && scheduled != null ? scheduled.interviewers() : people,
                            interview.decision().timeline());
                    interviewsByLabel.put(interview.label(), held);
                    labelsById.put(id, interview.label());
                    yield held;
                }
                case Step.DecisionChange changed -> new DecisionTimelineChanged(opportunityId, candidate,
                        interview(changed.interview()).interviewId(), changed.decision().timeline(),
                        changed.toldAt().toInstant());
                case Step.Notes notes -> new InterviewNotesRecorded(opportunityId, candidate,
                        interview(notes.interview()).interviewId(), notes.wentWell(), notes.wentBadly(),
                        notes.stoodOut(), notes.forgot(), notes.perInterviewer().stream()
                        .map(person -> new InterviewerNotes(person.interviewer(), person.notes())).toList(), stamped);
                case Step.ThankYou thankYou -> {
                    InterviewHeld interview = interview(thankYou.interview());
                    // the aggregate records the name as the interview spelled it
                    String name = interview.interviewers().stream()
                            .filter(interviewer -> interviewer.isCalled(thankYou.interviewer()))
                            .map(Interviewer::name)
                            .findFirst().orElse(thankYou.interviewer());
                    yield new ThankYouSent(opportunityId, candidate, interview.interviewId(), name, thankYou.channel(),
                            thankYou.sentAt().toInstant(), null, thankYou.askedAboutNextSteps());
                }
                case Step.FollowUp followUp -> new FollowUpSent(opportunityId, candidate, followUp.purpose(),
                        followUp.channel(), followUp.sentAt().toInstant(), followUp.recipient(), null);
                case Step.Connection connection -> new ConnectionMade(opportunityId, candidate, connection.person(),
                        connection.connectedAt().toInstant());
                case Step.Reply reply -> new RecruiterReplied(opportunityId, candidate, reply.kind(),
                        reply.receivedAt().toInstant(), null);
                case Step.CompetingOffer offer -> new CompetingOfferReceived(opportunityId, candidate,
                        offer.receivedAt().toInstant(), offer.respondBy());
                case Step.Close close -> new OpportunityClosed(opportunityId, candidate, close.outcome(),
                        close.at().toInstant());
                case Step.Retract retract -> new EntryRetracted(opportunityId, candidate, retract.step(),
                        "recorded by mistake", stamped);
            });
        }
    }

    public static InMemoryReplay of(FollowUpScenario scenario) {
        return new InMemoryReplay(scenario);
    }

    public OpportunityId opportunityId() {
        return opportunityId;
    }

    /** The events in step order; the first is the opening. */
    public List<OpportunityEvent> events() {
        return List.copyOf(events);
    }

    public OpportunityHistory history() {
        return OpportunityHistory.of(events);
    }

    /** The action in the form of {@link Expected#describe()}, naming interviews by their labels. */
    public String describe(DueAction action) {
        return Expected.describe(action.rule(), about(action), action.dueAt(), action.dueOn());
    }

    /** What the action is about, as a scenario names it: an interviewer, or an interview's label. */
    public @Nullable String about(DueAction action) {
        return switch (action.rule()) {
            case THANK_YOU -> action.hint().interviewer() != null ? action.hint().interviewer()
                    : labelOf(action.hint().interviewId());
            case NOTES, PREPARE, CONFIRM_HELD -> labelOf(action.hint().interviewId());
            case CONNECT -> action.hint().interviewer();
            default -> null;
        };
    }

    private String labelOf(@Nullable InterviewId interviewId) {
        return interviewId == null ? "?" : labelsById.getOrDefault(interviewId, interviewId.toString());
    }

    private InterviewHeld interview(String label) {
        InterviewHeld interview = interviewsByLabel.get(label);
        if (interview == null) {
            throw new IllegalArgumentException("no interview labelled " + label + " before this step");
        }
        return interview;
    }

    private InterviewScheduled scheduled(String label) {
        InterviewScheduled interview = scheduledByLabel.get(label);
        if (interview == null) {
            throw new IllegalArgumentException("no scheduled interview labelled " + label + " before this step");
        }
        return interview;
    }

    private int pendingCount() {
        return scheduledByLabel.size();
    }

    private static List<Interviewer> people(List<Person> persons) {
        return persons.stream().map(person -> new Interviewer(person.name(), person.title(), person.email())).toList();
    }

    private static InterviewId idOf(FollowUpScenario scenario, String label) {
        return InterviewId.of(uuid("interview:" + scenario.name() + ":" + label));
    }

    private static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }
}
