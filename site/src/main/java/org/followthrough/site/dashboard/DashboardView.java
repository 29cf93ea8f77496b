package org.followthrough.site.dashboard;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The signed-in candidate's home: overdue, today, this week and later, plus their opportunities; {@code asOfError} says
 * why the day asked for could not be read (the list is then today's). What matters now is shown in full; the later
 * actions, the missed ones, the reasons to wait and the opportunities show their first few, each with a link to all.
 */
public record DashboardView(String todayLabel, List<Section> sections, List<OpportunityLink> opportunities,
                            @Nullable String flash, List<String> warnings, @Nullable String asOfValue,
                            boolean knownMode, @Nullable String asOfError, List<Missed> missed,
                            List<Waiting> waiting, Rest opportunitiesRest, Rest missedRest, Rest waitingRest) {

    /** How many of a list the dashboard shows before it links to the whole list. */
    public static final int FIRST = 10;

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

    /** The lists that are shown in part; {@code ?all=} one of them shows it whole. */
    public enum Part {
        LATER, MISSED, WAITING, OPPORTUNITIES;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static @Nullable Part of(@Nullable String param) {
            for (Part part : values()) {
                if (part.param().equals(param)) {
                    return part;
                }
            }
            return null;
        }
    }

    /**
     * The dashboard with its cards in the four buckets, in their order: the first three whole, the later ones capped
     * unless {@code whole} is {@link Part#LATER}. {@code showAll} makes the link that shows one part whole.
     */
    public static DashboardView of(String todayLabel, List<List<ActionCard>> buckets, List<OpportunityLink> opportunities,
                                   @Nullable String flash, List<String> warnings, @Nullable String asOfValue,
                                   boolean knownMode, @Nullable String asOfError, List<Missed> missed,
                                   List<Waiting> waiting, @Nullable Part whole, Function<Part, String> showAll) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            List<ActionCard> cards = buckets.get(i);
            boolean later = i == SECTIONS.size() - 1;
            Rest rest = later ? Rest.of(cards.size(), whole == Part.LATER, showAll.apply(Part.LATER)) : Rest.whole(cards.size());
            sections.add(new Section(SECTIONS.get(i)[0], SECTIONS.get(i)[1], first(cards, rest), rest, later));
        }
        Rest opportunitiesRest = Rest.of(opportunities.size(), whole == Part.OPPORTUNITIES, showAll.apply(Part.OPPORTUNITIES));
        Rest missedRest = Rest.of(missed.size(), whole == Part.MISSED, showAll.apply(Part.MISSED));
        Rest waitingRest = Rest.of(waiting.size(), whole == Part.WAITING, showAll.apply(Part.WAITING));
        return new DashboardView(todayLabel, sections, first(opportunities, opportunitiesRest), flash, warnings,
                asOfValue, knownMode, asOfError, first(missed, missedRest), first(waiting, waitingRest),
                opportunitiesRest, missedRest, waitingRest);
    }

    private static <T> List<T> first(List<T> all, Rest rest) {
        return rest.showAll() == null ? all : all.subList(0, FIRST);
    }

    /**
     * How many there are in all, whether the whole list is shown on request ({@code opened}), and the link to all of
     * them when only the first {@link #FIRST} are shown (none when all are).
     */
    public record Rest(int total, boolean opened, @Nullable String showAll) {

        static Rest of(int total, boolean whole, String link) {
            return new Rest(total, whole, whole || total <= FIRST ? null : link);
        }

        static Rest whole(int total) {
            return new Rest(total, true, null);
        }
    }

    /** An action no longer worth doing: what it was, until when it was worth it, and why it is missed. */
    public record Missed(String opportunityId, String company, String role, String rule, String action,
                         String worthUntil, String reason) {
    }

    /** Why the rules named hold back on an opportunity for now. */
    public record Waiting(String opportunityId, String company, String role, String reason, String paused,
                          String explanation) {
    }

    /** A heading with its actions (the first few of {@code rest.total()} when collapsible and not opened). */
    public record Section(String id, String title, List<ActionCard> cards, Rest rest, boolean collapsible) {

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

    /** Whether any card records in one click (they share one form). */
    public boolean anyOneClick() {
        return sections.stream().anyMatch(section -> section.cards().stream().anyMatch(ActionCard::oneClick));
    }
}
