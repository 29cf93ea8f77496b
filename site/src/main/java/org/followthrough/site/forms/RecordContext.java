package org.followthrough.site.forms;

import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityState;
import org.followthrough.site.format.Formats;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The opportunity a record form is about, its interviews to choose from, the people met, and who was met at which
 * interview (by interview id: the names the notes form asks about).
 */
public record RecordContext(String opportunityId, String company, String role, List<Choice> interviews,
                            List<Choice> interviewers, Map<String, List<String>> namesByInterview,
                            List<Choice> upcoming) {

    public RecordContext {
        interviews = List.copyOf(interviews);
        interviewers = List.copyOf(interviewers);
        namesByInterview = Collections.unmodifiableMap(new LinkedHashMap<>(namesByInterview));
        upcoming = List.copyOf(upcoming);
    }

    /** The interviews as "Round 2 · Tue 10 Mar 2026, 15:00", the people as "Grace Hopper, Engineering Manager". */
    public static RecordContext of(String opportunityId, String company, String role, List<InterviewHeld> interviews,
                                   List<Interviewer> interviewers, List<OpportunityState.Scheduled> upcoming,
                                   ZoneId zone) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        interviews.forEach(held -> names.put(held.interviewId().toString(),
                held.interviewers().stream().map(Interviewer::name).toList()));
        return new RecordContext(opportunityId, company, role, interviews.stream()
                .map(held -> new Choice(held.interviewId().toString(),
                        "Round " + held.round() + " · " + Formats.dateTime(held.endedAt(), zone)))
                .toList(), interviewers.stream()
                .map(person -> new Choice(person.name(), person.title() == null ? person.name()
                        : person.name() + ", " + person.title()))
                .toList(), names, upcoming.stream().map(scheduled -> upcoming(scheduled, zone)).toList());
    }

    /** A scheduled interview as "Round 2 · Thu 3 Dec 2026, 10:00 · with Grace Hopper, Alan Turing". */
    public static Choice upcoming(OpportunityState.Scheduled scheduled, ZoneId zone) {
        InterviewScheduled announced = scheduled.announced();
        String with = announced.interviewers().isEmpty() ? ""
                : " · with " + String.join(", ", announced.interviewers().stream().map(Interviewer::name).toList());
        return new Choice(announced.interviewId().toString(),
                "Round " + announced.round() + " · " + Formats.dateTime(scheduled.startsAt(), zone) + with);
    }

    /** The words for a scheduled interview still to come, or empty for one that is not. */
    public String upcomingLabel(String interviewId) {
        return upcoming.stream().filter(choice -> choice.value().equals(interviewId)).map(Choice::label)
                .findFirst().orElse("");
    }

    /** The people met at one interview, by name; none for an id that is not one of its interviews. */
    public List<String> namesAt(String interviewId) {
        return namesByInterview.getOrDefault(interviewId, List.of());
    }

    /** The interview a form is about: the one asked for, else the last recorded. */
    public String interviewOr(String asked) {
        return namesByInterview.containsKey(asked) || interviews.isEmpty() ? asked : interviews.getFirst().value();
    }

    public String title() {
        return role + " at " + company;
    }

    public String url(String suffix) {
        return "/opportunities/" + opportunityId + suffix;
    }
}
