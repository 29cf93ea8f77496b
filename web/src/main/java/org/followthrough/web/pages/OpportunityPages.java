package org.followthrough.web.pages;

import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.replay.DueActionsAsOf;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.site.format.Formats;
import org.followthrough.site.opportunity.OpportunityPage;
import org.followthrough.site.timeline.EventWording;
import org.followthrough.site.timeline.TimelineItem;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One opportunity in full, and a step-through of its history with what was open after each step. */
@Controller
class OpportunityPages {

    static final String VIEW = "opportunity/opportunity";

    private final OpportunityEventLog eventLog;
    private final CandidateTimeline timeline;
    private final DueActionsAsOf dueActions;
    private final CandidatePolicy replay;
    private final Clock clock;

    OpportunityPages(OpportunityEventLog eventLog, CandidateTimeline timeline, DueActionsAsOf dueActions, CandidatePolicy replay, Clock clock) {
        this.eventLog = eventLog;
        this.timeline = timeline;
        this.dueActions = dueActions;
        this.replay = replay;
        this.clock = clock;
    }

    @GetMapping("/opportunities/{id}")
    String opportunity(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                       @RequestParam(required = false) @Nullable Long step, Model model) {
        OpportunityId opportunity = OpportunityId.of(id);
        List<RecordedEvent> events = eventLog.eventsOf(opportunity, me.candidateId());
        ZoneId zone = me.timeZone();
        Set<Long> retracted = retracted(events);
        OpportunityHistory history = OpportunityHistory.of(events.stream().map(RecordedEvent::event).toList());

        OpportunityOpened opened = (OpportunityOpened) events.getFirst().event();
        OpportunityClosed closure = history.state().closure();
        List<OpportunityPage.InterviewCard> interviews = new ArrayList<>();
        List<TimelineItem> exchanges = new ArrayList<>();
        List<OpportunityPage.StreamRow> stream = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            OpportunityEvent event = recorded.event();
            boolean gone = retracted.contains(recorded.sequence());
            stream.add(new OpportunityPage.StreamRow(recorded.sequence(), recorded.type(),
                    Formats.dateTime(recorded.occurredAt(), zone), Formats.dateTime(recorded.recordedAt(), zone), gone,
                    "/opportunities/" + id + "?step=" + recorded.sequence() + "#step"));
            switch (event) {
                case InterviewHeld held -> interviews.add(interview(held, events, zone, gone));
                case ThankYouSent thankYou -> exchanges.add(item(recorded, gone, zone));
                case FollowUpSent followUp -> exchanges.add(item(recorded, gone, zone));
                case RecruiterReplied reply -> exchanges.add(item(recorded, gone, zone));
                case CompetingOfferReceived offer -> exchanges.add(item(recorded, gone, zone));
                case DeadlinePassed passed -> exchanges.add(item(recorded, gone, zone));
                default -> {
                    // the opening, notes, the closing and corrections show elsewhere on the page
                }
            }
        }
        interviews.sort(Comparator.comparing(OpportunityPage.InterviewCard::round));
        exchanges.sort(Comparator.comparing((TimelineItem item) -> item.event().occurredAt()));

        Instant now = clock.instant();
        List<String> dueNow = dueActions.list(FetchDueActions.now(me.candidateId())).stream()
                .map(DueActionView::action)
                .filter(action -> action.opportunityId().equals(opportunity))
                .map(action -> line(action, now, zone))
                .toList();

        model.addAttribute("view", new OpportunityPage(id.toString(), opened.company(), opened.role(),
                closure == null ? "open" : "closed: " + closure.outcome().name().toLowerCase().replace('_', ' '),
                Formats.day(opened.openedAt().atZone(zone).toLocalDate()), interviews, exchanges, dueNow, stream,
                step == null ? null : step(me, opportunity, events, retracted, step, zone)));
        return VIEW;
    }

    private OpportunityPage.Step step(SignedInUser me, OpportunityId opportunity, List<RecordedEvent> events,
                                      Set<Long> retracted, long requested, ZoneId zone) {
        long last = events.getLast().sequence();
        long sequence = Math.max(0, Math.min(requested, last));
        List<OpportunityHistory.Entry> upToHere = events.stream()
                .filter(recorded -> recorded.sequence() <= sequence)
                .map(recorded -> new OpportunityHistory.Entry(recorded.sequence(), recorded.event()))
                .toList();
        Instant moment = upToHere.stream().map(entry -> entry.event().occurredAt()).max(Comparator.naturalOrder()).orElseThrow();
        List<String> open = replay.of(me.candidateId())
                .openAt(opportunity, OpportunityHistory.ofEntries(upToHere), moment).stream()
                .map(action -> line(action, moment, zone))
                .toList();
        RecordedEvent current = events.get((int) sequence);
        String base = "/opportunities/" + opportunity + "?step=";
        return new OpportunityPage.Step(sequence, last, item(current, retracted.contains(sequence), zone), open,
                sequence > 0 ? base + (sequence - 1) + "#step" : null,
                sequence < last ? base + (sequence + 1) + "#step" : null);
    }

    private static OpportunityPage.InterviewCard interview(InterviewHeld held, List<RecordedEvent> events, ZoneId zone,
                                                           boolean gone) {
        List<String> notes = new ArrayList<>();
        events.stream().map(RecordedEvent::event)
                .filter(event -> event instanceof InterviewNotesRecorded written && written.interviewId().equals(held.interviewId()))
                .map(InterviewNotesRecorded.class::cast)
                .reduce((first, second) -> second)
                .ifPresent(written -> notes.addAll(EventWording.describe(written, zone).details()));
        String when = held.startedAt() == null ? Formats.dateTime(held.endedAt(), zone)
                : Formats.dateTime(held.startedAt(), zone) + "–" + Formats.time(held.endedAt(), zone);
        List<String> interviewers = held.interviewers().stream().map(OpportunityPages::person).toList();
        String decision = EventWording.describe(held, zone).details().getLast();
        return new OpportunityPage.InterviewCard(held.round(), when, interviewers, decision, notes, gone);
    }

    private static String person(Interviewer interviewer) {
        StringBuilder text = new StringBuilder(interviewer.name());
        if (interviewer.title() != null) {
            text.append(", ").append(interviewer.title());
        }
        if (interviewer.email() != null) {
            text.append(" <").append(interviewer.email()).append('>');
        }
        return text.toString();
    }

    private static TimelineItem item(RecordedEvent recorded, boolean gone, ZoneId zone) {
        return new TimelineItem(recorded.sequence(), recorded.event(), recorded.recordedAt(), gone, zone);
    }

    private static Set<Long> retracted(List<RecordedEvent> events) {
        Set<Long> retracted = new HashSet<>();
        events.forEach(recorded -> {
            if (recorded.event() instanceof EntryRetracted retraction) {
                retracted.add(retraction.retractedSequence());
            }
        });
        return retracted;
    }

    static String line(DueAction action, Instant moment, ZoneId zone) {
        String when = action.dueAt() != null ? Formats.dateTime(action.dueAt(), zone) : Formats.day(action.dueOn());
        return action.action() + " — " + (action.isOverdueAt(moment) ? "overdue, was due " : "due ") + when;
    }
}
