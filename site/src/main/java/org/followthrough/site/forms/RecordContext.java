package org.followthrough.site.forms;

import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.site.format.Formats;

import java.time.ZoneId;
import java.util.List;

/** The opportunity a record form is about, and its interviews to choose from. */
public record RecordContext(String opportunityId, String company, String role, List<Choice> interviews,
                            List<Choice> interviewers) {

    public RecordContext {
        interviews = List.copyOf(interviews);
        interviewers = List.copyOf(interviewers);
    }

    /** The interviews as "Round 2 · Tue 10 Mar 2026, 15:00", the people as "Grace Hopper, Engineering Manager". */
    public static RecordContext of(String opportunityId, String company, String role, List<InterviewHeld> interviews,
                                   List<Interviewer> interviewers, ZoneId zone) {
        return new RecordContext(opportunityId, company, role, interviews.stream()
                .map(held -> new Choice(held.interviewId().toString(),
                        "Round " + held.round() + " · " + Formats.dateTime(held.endedAt(), zone)))
                .toList(), interviewers.stream()
                .map(person -> new Choice(person.name(), person.title() == null ? person.name()
                        : person.name() + ", " + person.title()))
                .toList());
    }

    public String title() {
        return role + " at " + company;
    }

    public String url(String suffix) {
        return "/opportunities/" + opportunityId + suffix;
    }
}
