package org.followthrough.site.dashboard;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in candidate's home: overdue, today, this week and later, plus their opportunities; {@code asOfError} says
 * why the day asked for could not be read (the list is then today's).
 */
public record DashboardView(String todayLabel, List<Section> sections, List<OpportunityLink> opportunities,
                            @Nullable String flash, List<String> warnings, @Nullable String asOfValue,
                            boolean knownMode, @Nullable String asOfError, List<Missed> missed,
                            List<Waiting> waiting) {

    public DashboardView {
        missed = List.copyOf(missed);
        waiting = List.copyOf(waiting);
        sections = List.copyOf(sections);
        opportunities = List.copyOf(opportunities);
        warnings = List.copyOf(warnings);
    }

    /** The sections' ids and headings, in the order of the buckets the cards come in: overdue, today, this week, later. */
    private static final List<String[]> SECTIONS = List.of(new String[] {"overdue", "Overdue"},
            new String[] {"today", "Due today"}, new String[] {"this-week", "This week"}, new String[] {"later", "Later"});

    /** The dashboard with its cards in the four buckets, in their order. */
    public static DashboardView of(String todayLabel, List<List<ActionCard>> buckets, List<OpportunityLink> opportunities,
                                   @Nullable String flash, List<String> warnings, @Nullable String asOfValue,
                                   boolean knownMode, @Nullable String asOfError) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            sections.add(new Section(SECTIONS.get(i)[0], SECTIONS.get(i)[1], buckets.get(i)));
        }
        return new DashboardView(todayLabel, sections, opportunities, flash, warnings, asOfValue, knownMode, asOfError,
                List.of(), List.of());
    }

    /** The same, with the missed actions (shown collapsed) and the reasons to wait. */
    public DashboardView with(List<Missed> missedActions, List<Waiting> waitingReasons) {
        return new DashboardView(todayLabel, sections, opportunities, flash, warnings, asOfValue, knownMode, asOfError,
                missedActions, waitingReasons);
    }

    /** An action no longer worth doing: what it was, until when it was worth it, and why it is missed. */
    public record Missed(String opportunityId, String company, String role, String rule, String action,
                         String worthUntil, String reason) {
    }

    /** Why the rules named hold back on an opportunity for now. */
    public record Waiting(String opportunityId, String company, String role, String reason, String paused,
                          String explanation) {
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
