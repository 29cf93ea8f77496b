package org.followthrough.site.dashboard;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The signed-in candidate's home: overdue, today, this week and later, plus their opportunities. */
public record DashboardView(String todayLabel, List<Section> sections, List<OpportunityLink> opportunities,
                            @Nullable String flash, List<String> warnings, @Nullable String asOfValue,
                            boolean knownMode) {

    public DashboardView {
        sections = List.copyOf(sections);
        opportunities = List.copyOf(opportunities);
        warnings = List.copyOf(warnings);
    }

    /** A heading with its actions. */
    public record Section(String id, String title, List<ActionCard> cards) {

        public Section {
            cards = List.copyOf(cards);
        }
    }

    /** An opportunity to record something new for. */
    public record OpportunityLink(String id, String company, String role, boolean closed) {
    }

    /** Looking at a past day: nothing can be recorded from here. */
    public boolean readOnly() {
        return asOfValue != null;
    }

    public boolean nothingToDo() {
        return sections.stream().allMatch(section -> section.cards().isEmpty());
    }
}
