package org.followthrough.site.forms;

import java.util.List;

/** The opportunity a record form is about, and its interviews to choose from. */
public record RecordContext(String opportunityId, String company, String role, List<Choice> interviews,
                            List<Choice> interviewers) {

    public RecordContext {
        interviews = List.copyOf(interviews);
        interviewers = List.copyOf(interviewers);
    }

    public String title() {
        return role + " at " + company;
    }

    public String url(String suffix) {
        return "/opportunities/" + opportunityId + suffix;
    }
}
