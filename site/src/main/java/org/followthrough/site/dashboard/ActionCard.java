package org.followthrough.site.dashboard;

import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.site.format.Formats;
import org.followthrough.site.forms.Choice;
import org.followthrough.site.forms.Choices;
import org.followthrough.site.format.Links;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One due action on the dashboard: what, for which opportunity, by when and why, and the one-click form that
 * records it as done (its hidden fields already filled in).
 */
public record ActionCard(String id, String opportunityId, String company, String role, String rule, String action, String dueLabel,
                         boolean overdue, boolean lowPriority, String explanation, String postUrl,
                         Map<String, String> hidden, @Nullable String channel, String doneLabel,
                         @Nullable String formUrl, @Nullable String draftUrl) {

    public ActionCard {
        hidden = Map.copyOf(hidden);
    }

    /**
     * The card of {@code action} as seen at {@code now} ({@code today} on the candidate's calendar): the form its hint
     * asks for, filled in where one click will do, a link to the full form where more must be typed, and for a
     * message, a link to its draft.
     */
    public static ActionCard of(String id, DueAction action, String company, String role, Instant now, LocalDate today,
                                ZoneId zone) {
        RecordHint hint = action.hint();
        String opportunity = action.opportunityId().toString();
        String base = "/opportunities/" + opportunity;
        String draftUrl = action.rule().isMessage() ? Links.withQuery(base + "/drafts", Map.of("action", action.key())) : null;
        Map<String, String> hidden = new LinkedHashMap<>();
        String postUrl;
        String formUrl = null;
        String doneLabel;
        String channel = hint.channel() == null ? null : hint.channel().name();
        switch (hint.form()) {
            case THANK_YOU -> {
                postUrl = base + "/thank-yous";
                hidden.put("interviewId", String.valueOf(hint.interviewId()));
                if (hint.interviewer() == null) {
                    formUrl = Links.withQuery(base + "/thank-yous/new", Map.of("interviewId", String.valueOf(hint.interviewId())));
                    doneLabel = "Record it";
                } else {
                    hidden.put("interviewer", hint.interviewer());
                    doneLabel = "I sent it";
                }
            }
            case NOTES -> {
                postUrl = base + "/notes";
                formUrl = Links.withQuery(base + "/notes/new", Map.of("interviewId", String.valueOf(hint.interviewId())));
                doneLabel = "Write notes";
            }
            case FOLLOW_UP -> {
                postUrl = base + "/follow-ups";
                if (hint.purpose() == null) {
                    Map<String, String> prefilled = new LinkedHashMap<>();
                    prefilled.put("recipient", hint.interviewer());
                    prefilled.put("channel", channel);
                    formUrl = Links.withQuery(base + "/follow-ups/new", prefilled);
                    doneLabel = "Record it";
                } else {
                    hidden.put("purpose", hint.purpose().name());
                    if (hint.interviewer() != null) {
                        hidden.put("recipient", hint.interviewer());
                    }
                    doneLabel = "I sent it";
                }
            }
            case CLOSE -> {
                postUrl = base + "/close";
                hidden.put("outcome", hint.outcome() == null ? "GHOSTED" : hint.outcome().name());
                channel = null;
                doneLabel = "Close it as ghosted";
            }
            case INTERVIEW -> {
                // record the scheduled interview as held: the form keeps its id, round and interviewers
                postUrl = base + "/interviews";
                hidden.put("interviewId", String.valueOf(hint.interviewId()));
                formUrl = Links.withQuery(base + "/interviews/new", Map.of("interviewId", String.valueOf(hint.interviewId())));
                channel = null;
                doneLabel = "Record it as held";
            }
            case NONE -> {
                postUrl = base;
                formUrl = base;
                channel = null;
                doneLabel = "Open it";
            }
            default -> throw new IllegalStateException("unknown form " + hint.form());
        }
        boolean overdue = action.isOverdueAt(now);
        return new ActionCard(id, opportunity, company, role, action.rule().name(), action.action(),
                dueLabel(action, today, now, zone), overdue, action.priority() == Priority.LOW, action.explanation(),
                postUrl, hidden, channel, doneLabel, formUrl, draftUrl);
    }

    private static String dueLabel(DueAction action, LocalDate today, Instant now, ZoneId zone) {
        if (action.priority() == Priority.LOW) {
            return "whenever it suits you";
        }
        String when = action.dueAt() != null ? Formats.dateTime(action.dueAt(), zone) : Formats.day(action.dueOn());
        if (action.isOverdueAt(now)) {
            return "was due " + when;
        }
        if (action.dueAt() != null && LocalDate.ofInstant(action.dueAt(), zone).equals(today)) {
            return "due today by " + Formats.time(action.dueAt(), zone);
        }
        return action.dueOn() != null && action.dueOn().equals(today) ? "due today" : "due " + when;
    }

    /**
     * For a scheduled interview whose end has passed ("did it take place?"), the form that moves it ({@code reschedule})
     * or calls it off ({@code cancel}); null for every other action.
     */
    public @Nullable String scheduledUrl(String change) {
        String interviewId = hidden.get("interviewId");
        return !"CONFIRM_HELD".equals(rule) || interviewId == null ? null
                : "/opportunities/" + opportunityId + "/scheduled-interviews/" + interviewId + "/" + change;
    }

    /** Whether the action can be recorded here in one click (otherwise it needs a form with more to type). */
    public boolean oneClick() {
        return formUrl == null;
    }

    /**
     * Where the one-click button posts, its fields (and the suggested channel) in the query: the buttons share one
     * form and its CSRF token, so a long list does not repeat a form per row.
     */
    public String oneClickUrl() {
        Map<String, String> fields = new LinkedHashMap<>(hidden);
        if (channel != null) {
            fields.put("channel", channel);
        }
        return Links.withQuery(postUrl, fields);
    }

    /** The button's words, saying the channel it records. */
    public String oneClickLabel() {
        return channel == null ? doneLabel : doneLabel + " (" + Choices.CHANNELS.stream().filter(choice -> choice.value().equals(channel))
                .map(Choice::label).findFirst().orElse(channel) + ")";
    }
}
