package org.followthrough.site.opportunity;

import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.site.format.Formats;
import org.followthrough.site.timeline.EventWording;
import org.followthrough.site.timeline.TimelineItem;
import org.jspecify.annotations.Nullable;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Everything about one opportunity: its interviews with the people and the notes, what was sent and received, what
 * is due now, its raw event stream, and a step-through of its history with what was open after each step.
 */
public record OpportunityPage(String id, String company, String role, String status, String openedOn,
                              List<InterviewCard> interviews, List<TimelineItem> exchanges, List<String> dueNow,
                              List<StreamRow> stream, @Nullable Step step) {

    public OpportunityPage {
        interviews = List.copyOf(interviews);
        exchanges = List.copyOf(exchanges);
        dueNow = List.copyOf(dueNow);
        stream = List.copyOf(stream);
    }

    /** An interview with who was there, what they said about deciding, and the candidate's notes. */
    public record InterviewCard(int round, String when, List<String> interviewers, String decision, List<String> notes,
                                boolean retracted) {

        public InterviewCard {
            interviewers = List.copyOf(interviewers);
            notes = List.copyOf(notes);
        }

        /** The card of {@code held}, with the last notes the stream holds for it. */
        static InterviewCard of(InterviewHeld held, List<TimelineItem> stream, ZoneId zone, boolean retracted) {
            List<String> notes = stream.stream().map(TimelineItem::event)
                    .filter(event -> event instanceof InterviewNotesRecorded written
                            && written.interviewId().equals(held.interviewId()))
                    .reduce((first, second) -> second)
                    .map(written -> EventWording.describe(written, zone).details())
                    .orElse(List.of());
            String when = held.startedAt() == null ? Formats.dateTime(held.endedAt(), zone)
                    : Formats.dateTime(held.startedAt(), zone) + "–" + Formats.time(held.endedAt(), zone);
            return new InterviewCard(held.round(), when, held.interviewers().stream().map(InterviewCard::person).toList(),
                    EventWording.describe(held, zone).details().getLast(), notes, retracted);
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
    }

    /** One row of the event stream, for the curious. */
    public record StreamRow(long sequence, String type, String occurred, String recorded, boolean retracted,
                            String stepUrl) {
    }

    /** The state right after one entry: the entry, and what was open then; links one step back and forward. */
    public record Step(long sequence, long last, TimelineItem item, List<String> openThen, @Nullable String previousUrl,
                       @Nullable String nextUrl) {

        public Step {
            openThen = List.copyOf(openThen);
        }

        public static Step of(String opportunityId, long sequence, long last, TimelineItem item, List<String> openThen) {
            String base = "/opportunities/" + opportunityId + "?step=";
            return new Step(sequence, last, item, openThen, sequence > 0 ? base + (sequence - 1) + "#step" : null,
                    sequence < last ? base + (sequence + 1) + "#step" : null);
        }
    }

    /**
     * The page of an opportunity from its whole stream (every entry, retracted ones marked), what is due on it now
     * (in words) and, if asked, one step of its history.
     */
    public static OpportunityPage of(String id, List<TimelineItem> stream, List<String> dueNow, @Nullable Step step,
                                     ZoneId zone) {
        OpportunityOpened opened = (OpportunityOpened) stream.getFirst().event();
        OpportunityClosed closure = null;
        List<InterviewCard> interviews = new ArrayList<>();
        List<TimelineItem> exchanges = new ArrayList<>();
        List<StreamRow> rows = new ArrayList<>();
        for (TimelineItem item : stream) {
            rows.add(new StreamRow(item.sequence(), EventTypes.nameOf(item.event()), item.when(), item.recordedWhen(),
                    item.retracted(), "/opportunities/" + id + "?step=" + item.sequence() + "#step"));
            switch (item.event()) {
                case InterviewHeld held -> interviews.add(InterviewCard.of(held, stream, zone, item.retracted()));
                case ThankYouSent thankYou -> exchanges.add(item);
                case FollowUpSent followUp -> exchanges.add(item);
                case RecruiterReplied reply -> exchanges.add(item);
                case CompetingOfferReceived offer -> exchanges.add(item);
                case DeadlinePassed passed -> exchanges.add(item);
                case DecisionTimelineChanged moved -> exchanges.add(item);
                case ConnectionMade connected -> exchanges.add(item);
                case OpportunityClosed closed -> closure = item.retracted() ? closure : closed;
                default -> {
                    // the opening, notes and corrections show elsewhere on the page
                }
            }
        }
        interviews.sort(Comparator.comparing(InterviewCard::round));
        exchanges.sort(Comparator.comparing((TimelineItem item) -> item.event().occurredAt()));
        return new OpportunityPage(id, opened.company(), opened.role(),
                closure == null ? "open" : "closed: " + closure.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                Formats.day(opened.openedAt().atZone(zone).toLocalDate()), interviews, exchanges, dueNow, rows, step);
    }

    public String url(String suffix) {
        return "/opportunities/" + id + suffix;
    }

    public boolean closed() {
        return !"open".equals(status);
    }
}
