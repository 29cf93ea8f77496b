package org.followthrough.site.opportunity;

import org.followthrough.site.timeline.TimelineItem;
import org.jspecify.annotations.Nullable;

import java.util.List;

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
    }

    public String url(String suffix) {
        return "/opportunities/" + id + suffix;
    }

    public boolean closed() {
        return !"open".equals(status);
    }
}
