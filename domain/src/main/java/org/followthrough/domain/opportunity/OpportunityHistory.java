package org.followthrough.domain.opportunity;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An opportunity's events in stream order, with retractions honoured. Immutable; {@link #with} returns a new
 * history. Built either as the aggregate sees it (every entry, numbered from 0) or from a selection of entries
 * with their stored sequence numbers (for "as of" views, which leave out what had not happened yet).
 */
public final class OpportunityHistory {

    /** One recorded event and its position in the opportunity's stream. */
    public record Entry(long sequence, OpportunityEvent event) {
    }

    private static final OpportunityHistory EMPTY = new OpportunityHistory(List.of(), Set.of());

    private final List<Entry> entries;
    private final Map<Long, Entry> bySequence;
    private final Set<Long> retracted;
    /**
     * The fold, computed once when first asked for. Transient: a cache, not part of what the history is, so the
     * aggregate fixture's check that handling a command leaves the aggregate as sourcing its events would ignores it.
     */
    private transient @Nullable OpportunityState state;

    private OpportunityHistory(List<Entry> entries, Set<Long> retracted) {
        this.entries = entries;
        this.retracted = retracted;
        Map<Long, Entry> index = new LinkedHashMap<>();
        entries.forEach(entry -> index.put(entry.sequence(), entry));
        this.bySequence = index;
    }

    public static OpportunityHistory empty() {
        return EMPTY;
    }

    /** Events in stream order, numbered from 0. */
    public static OpportunityHistory of(List<? extends OpportunityEvent> events) {
        List<Entry> entries = new ArrayList<>();
        for (OpportunityEvent event : events) {
            entries.add(new Entry(entries.size(), event));
        }
        return ofEntries(entries);
    }

    /** Entries with their own sequence numbers, possibly with gaps; a retraction counts if it is among them. */
    public static OpportunityHistory ofEntries(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::sequence));
        Set<Long> retracted = new HashSet<>();
        for (Entry entry : sorted) {
            if (entry.event() instanceof EntryRetracted retraction) {
                retracted.add(retraction.retractedSequence());
            }
        }
        return new OpportunityHistory(Collections.unmodifiableList(sorted), Collections.unmodifiableSet(retracted));
    }

    /** This history with the next event appended. */
    public OpportunityHistory with(OpportunityEvent event) {
        long next = entries.isEmpty() ? 0 : entries.getLast().sequence() + 1;
        List<Entry> nextEntries = new ArrayList<>(entries);
        nextEntries.add(new Entry(next, event));
        Set<Long> nextRetracted = retracted;
        if (event instanceof EntryRetracted retraction) {
            nextRetracted = new HashSet<>(retracted);
            nextRetracted.add(retraction.retractedSequence());
            nextRetracted = Collections.unmodifiableSet(nextRetracted);
        }
        return new OpportunityHistory(Collections.unmodifiableList(nextEntries), nextRetracted);
    }

    /** Every entry, retracted ones and the retractions included. */
    public List<Entry> entries() {
        return entries;
    }

    /** The events that still count, in stream order: neither retracted nor a retraction. */
    public List<OpportunityEvent> effectiveEvents() {
        return entries.stream()
                .filter(entry -> !retracted.contains(entry.sequence()))
                .map(Entry::event)
                .filter(event -> !(event instanceof EntryRetracted))
                .toList();
    }

    public Optional<Entry> entry(long sequence) {
        return Optional.ofNullable(bySequence.get(sequence));
    }

    public boolean isRetracted(long sequence) {
        return retracted.contains(sequence);
    }

    /** The aggregate's view; needs the opening entry. */
    public OpportunityState state() {
        if (state == null) {
            if (entries.isEmpty()) {
                throw new IllegalStateException("an empty history has no state");
            }
            state = OpportunityState.of(effectiveEvents());
        }
        return state;
    }

    public int size() {
        return entries.size();
    }

    public long lastSequence() {
        return entries.isEmpty() ? -1 : entries.getLast().sequence();
    }
}
