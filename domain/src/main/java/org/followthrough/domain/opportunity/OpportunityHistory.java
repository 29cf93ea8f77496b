package org.followthrough.domain.opportunity;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An opportunity's events in the order they were recorded, with retractions honoured. Entry {@code n} has
 * sequence number {@code n}, as in the event store. Immutable; {@link #with} returns a new history.
 */
public final class OpportunityHistory {

    /** One recorded event and its position in the opportunity's stream. */
    public record Entry(long sequence, OpportunityEvent event) {
    }

    private static final OpportunityHistory EMPTY = new OpportunityHistory(List.of(), Set.of(), null);

    private final List<Entry> entries;
    private final Set<Long> retracted;
    private final @Nullable OpportunityState state;

    private OpportunityHistory(List<Entry> entries, Set<Long> retracted, @Nullable OpportunityState state) {
        this.entries = entries;
        this.retracted = retracted;
        this.state = state;
    }

    public static OpportunityHistory empty() {
        return EMPTY;
    }

    public static OpportunityHistory of(List<? extends OpportunityEvent> events) {
        OpportunityHistory history = EMPTY;
        for (OpportunityEvent event : events) {
            history = history.with(event);
        }
        return history;
    }

    public OpportunityHistory with(OpportunityEvent event) {
        List<Entry> nextEntries = new ArrayList<>(entries);
        nextEntries.add(new Entry(entries.size(), event));
        if (event instanceof EntryRetracted retraction) {
            Set<Long> nextRetracted = new HashSet<>(retracted);
            nextRetracted.add(retraction.retractedSequence());
            List<Entry> frozen = Collections.unmodifiableList(nextEntries);
            return new OpportunityHistory(frozen, Collections.unmodifiableSet(nextRetracted),
                    OpportunityState.of(effective(frozen, nextRetracted)));
        }
        return new OpportunityHistory(Collections.unmodifiableList(nextEntries), retracted,
                state == null ? OpportunityState.of(List.of(event)) : state.evolve(event));
    }

    /** Every entry, retracted ones and the retractions included. */
    public List<Entry> entries() {
        return entries;
    }

    /** The events that still count: neither retracted nor a retraction. */
    public List<OpportunityEvent> effectiveEvents() {
        return effective(entries, retracted);
    }

    public Optional<Entry> entry(long sequence) {
        return sequence >= 0 && sequence < entries.size() ? Optional.of(entries.get((int) sequence)) : Optional.empty();
    }

    public boolean isRetracted(long sequence) {
        return retracted.contains(sequence);
    }

    public OpportunityState state() {
        if (state == null) {
            throw new IllegalStateException("an empty history has no state");
        }
        return state;
    }

    public int size() {
        return entries.size();
    }

    private static List<OpportunityEvent> effective(List<Entry> entries, Set<Long> retracted) {
        return entries.stream()
                .filter(entry -> !retracted.contains(entry.sequence()))
                .map(Entry::event)
                .filter(event -> !(event instanceof EntryRetracted))
                .toList();
    }
}
