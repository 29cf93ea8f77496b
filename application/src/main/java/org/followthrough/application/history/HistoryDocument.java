package org.followthrough.application.history;

import org.followthrough.domain.followup.FollowUpPolicy;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * A candidate's whole history: their settings and every opportunity's events in stream order, each with when it
 * happened and when the app learned of it. Versioned, so that a later app can still read an export of today's.
 */
public record HistoryDocument(String format, int version, Instant exportedAt, Settings candidate,
                              List<Opportunity> opportunities) {

    public static final String FORMAT = "followthrough-history";
    public static final int VERSION = 1;

    public HistoryDocument {
        opportunities = List.copyOf(opportunities);
    }

    /** Where the candidate lives and the numbers of their policy; their name stays with their account. */
    public record Settings(String timeZone, String region, FollowUpPolicy policy) {
    }

    /** One opportunity's stream. */
    public record Opportunity(String id, List<Event> events) {

        public Opportunity {
            events = List.copyOf(events);
        }
    }

    /** One stored event: its position, its type (the event's name), its two times, and its content. */
    public record Event(long sequence, String type, Instant occurredAt, Instant recordedAt, JsonNode payload) {
    }
}
