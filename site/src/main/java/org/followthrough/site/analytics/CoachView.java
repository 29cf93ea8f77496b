package org.followthrough.site.analytics;

import java.util.List;

/** The coach's page: the figures over the candidates who share with them, who those are, and what needs a look. */
public record CoachView(FiguresView figures, List<Person> candidates, List<Flag> exceptions) {

    public CoachView {
        candidates = List.copyOf(candidates);
        exceptions = List.copyOf(exceptions);
    }

    /** A sharing candidate; {@code timelineUrl} only where they shared their timeline too. */
    public record Person(String name, String since, String timelineUrl) {

        public boolean sharesTimeline() {
            return !timelineUrl.isEmpty();
        }
    }

    /** One line of the exceptions list. */
    public record Flag(String name, String what, String since, String timelineUrl) {
    }
}
