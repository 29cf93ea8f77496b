package org.followthrough.site.timeline;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DecisionTimelineChanged;
import org.followthrough.domain.opportunity.InterviewCancelled;
import org.followthrough.domain.opportunity.InterviewRescheduled;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.site.format.Formats;
import org.jspecify.annotations.Nullable;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Says what each kind of event means to the candidate. Exhaustive: a new event will not compile until worded. */
public final class EventWording {

    private EventWording() {
    }

    public static Wording describe(OpportunityEvent event, ZoneId zone) {
        return switch (event) {
            case OpportunityOpened opened -> new Wording(
                    "Started pursuing " + opened.role() + " at " + opened.company(), List.of(), "note");
            case InterviewScheduled scheduled -> new Wording("Round " + scheduled.round() + " interview scheduled",
                    lines(scheduled.interviewers().isEmpty() ? null : "With " + scheduled.interviewers().stream()
                                    .map(EventWording::person).collect(Collectors.joining(", ")),
                            "On " + Formats.dateTime(scheduled.startsAt(), zone)), "interview");
            case InterviewRescheduled moved -> new Wording("Interview moved",
                    List.of("Now on " + Formats.dateTime(moved.startsAt(), zone)), "interview");
            case InterviewCancelled cancelled -> new Wording("Interview called off", optional("Why", cancelled.reason()),
                    "interview");
            case InterviewHeld held -> interview(held, zone);
            case DecisionTimelineChanged changed -> new Wording("They changed their timeline",
                    List.of(decision(changed.decision())), "received");
            case ConnectionMade connection -> new Wording("Connected with " + connection.person() + " on LinkedIn",
                    List.of(), "sent");
            case InterviewNotesRecorded notes -> new Wording("Wrote down how the interview went", notesLines(notes), "note");
            case ThankYouSent thankYou -> new Wording("Thanked " + thankYou.interviewer() + " " + by(thankYou.channel()),
                    optional("Message", thankYou.message()), "sent");
            case FollowUpSent followUp -> new Wording(purpose(followUp.purpose()) + " " + by(followUp.channel()),
                    lines(followUp.recipient() == null ? null : "To " + followUp.recipient(),
                            followUp.message() == null ? null : "Message: " + followUp.message()), "sent");
            case DeadlinePassed passed -> new Wording("Their decision date went by without word",
                    List.of("They had said " + Formats.day(passed.statedDate()) + "."), "system");
            case RecruiterReplied reply -> new Wording(reply(reply.kind()), optional("Note", reply.note()), "received");
            case CompetingOfferReceived offer -> new Wording("Received a competing offer",
                    List.of("It needs an answer by " + Formats.day(offer.respondBy()) + "."), "received");
            case OpportunityClosed closed -> new Wording(closing(closed.outcome()), List.of(), "closed");
            case EntryRetracted retraction -> new Wording("Corrected the record: took back entry #" + retraction.retractedSequence(),
                    optional("Why", retraction.reason()), "correction");
        };
    }

    private static Wording interview(InterviewHeld held, ZoneId zone) {
        List<String> details = new ArrayList<>();
        if (!held.interviewers().isEmpty()) {
            details.add("With " + held.interviewers().stream().map(EventWording::person).collect(Collectors.joining(", ")));
        }
        if (held.startedAt() != null) {
            details.add("From " + Formats.time(held.startedAt(), zone) + " to " + Formats.time(held.endedAt(), zone));
        }
        details.add(decision(held.decision()));
        return new Wording("Round " + held.round() + " interview", details, "interview");
    }

    private static String person(Interviewer interviewer) {
        return interviewer.title() == null ? interviewer.name() : interviewer.name() + " (" + interviewer.title() + ")";
    }

    private static String decision(DecisionTimeline decision) {
        return switch (decision.kind()) {
            case DATE -> "They expect to decide by " + Formats.day(decision.date()) + ".";
            case FEW_DAYS -> "They said you would hear within a few days.";
            case NONE -> "They gave no date for a decision.";
        };
    }

    private static List<String> notesLines(InterviewNotesRecorded notes) {
        List<String> lines = new ArrayList<>(lines(labelled("Went well", notes.wentWell()),
                labelled("Did not go well", notes.wentBadly()), labelled("Stood out", notes.stoodOut()),
                labelled("Forgot to say", notes.forgot())));
        notes.perInterviewer().forEach(person -> lines.add("With " + person.interviewer() + ": " + person.notes()));
        return lines;
    }

    private static String by(Channel channel) {
        return switch (channel) {
            case EMAIL -> "by e-mail";
            case HANDWRITTEN -> "with a handwritten note";
            case LINKEDIN -> "on LinkedIn";
            case PHONE -> "by phone";
        };
    }

    private static String purpose(FollowUpPurpose purpose) {
        return switch (purpose) {
            case STATUS_CHECK -> "Checked in on where things stand";
            case NEXT_STEPS -> "Asked about the next steps";
            case REITERATE -> "Followed up with a point worth repeating";
            case CLEAR_THE_AIR -> "Told them about another offer and asked for an update";
            case ADDRESS_CONCERN -> "Answered their concern";
            case CONNECT -> "Asked to connect";
            case THANKS_AFTER_OUTCOME -> "Thanked them after hearing the outcome";
        };
    }

    private static String reply(ReplyKind kind) {
        return switch (kind) {
            case NEXT_ROUND -> "They invited you to another round";
            case OFFER -> "They made you an offer";
            case REJECTION -> "They decided not to go ahead";
            case NEEDS_INFO -> "They asked for more information";
            case CONCERN -> "They raised a concern";
            case UPDATE -> "They sent an update, no decision yet";
        };
    }

    private static String closing(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED_OFFER -> "Accepted the offer";
            case REJECTED -> "Closed: not this time";
            case WITHDRAWN -> "Withdrew from the process";
            case GHOSTED -> "Closed after a long silence, and moved on";
        };
    }

    private static List<String> optional(String label, @Nullable String text) {
        return lines(labelled(label, text));
    }

    private static @Nullable String labelled(String label, @Nullable String text) {
        return text == null || text.isBlank() ? null : label + ": " + text;
    }

    private static List<String> lines(@Nullable String... lines) {
        List<String> present = new ArrayList<>();
        for (String line : lines) {
            if (line != null) {
                present.add(line);
            }
        }
        return present;
    }
}
