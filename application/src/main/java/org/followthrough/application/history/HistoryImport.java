package org.followthrough.application.history;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.followthrough.application.accounts.Zones;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.opportunity.DecisionDeadline;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.OpportunityRules;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.domain.shared.Times;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a {@link HistoryDocument} into an account that has no opportunities yet: all of it or nothing. Every part is
 * checked before anything is written; the events keep their sequence and both their times (so "as the app knew it"
 * views come out the same), and get new opportunity ids and the importing candidate's id.
 */
@Service
public class HistoryImport {

    private final EventStore eventStore;
    private final SettingsService settings;
    private final DeadlineManager deadlines;
    private final CandidateTimeline timeline;
    private final JsonMapper json;
    private final Clock clock;

    public HistoryImport(EventStore eventStore, SettingsService settings, DeadlineManager deadlines, CandidateTimeline timeline,
                         JsonMapper json, Clock clock) {
        this.eventStore = eventStore;
        this.settings = settings;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.json = json;
        this.clock = clock;
    }

    /** What was imported: each new opportunity with the sequence of its last entry. */
    public record Imported(int events, List<Stream> streams) {

        /** One imported opportunity's stream. */
        public record Stream(OpportunityId opportunityId, long lastSequence) {
        }

        public int opportunities() {
            return streams.size();
        }
    }

    private record Prepared(OpportunityId id, List<DomainEventMessage<?>> messages, List<OpportunityEvent> events) {
    }

    @Transactional
    public Imported importInto(CandidateId candidate, JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new RuleViolation("body", "is not a Followthrough history document");
        }
        String format = text(document, "format");
        if (!HistoryDocument.FORMAT.equals(format)) {
            throw new RuleViolation("format", "is not a Followthrough history (expected \"" + HistoryDocument.FORMAT + "\")");
        }
        JsonNode version = document.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() != HistoryDocument.VERSION) {
            throw new RuleViolation("version", "this app reads version " + HistoryDocument.VERSION + " of the history format");
        }
        HistoryDocument.Settings candidateSettings = settings(document.get("candidate"));
        ZoneId zone = ZoneId.of(candidateSettings.timeZone());
        JsonNode opportunities = document.get("opportunities");
        if (opportunities == null || !opportunities.isArray()) {
            throw new RuleViolation("opportunities", "must be a list");
        }
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < opportunities.size(); i++) {
            prepared.add(prepare(candidate, opportunities.get(i), "opportunities[" + i + "]", zone));
        }
        if (timeline.hasOpportunities(candidate)) {
            throw new StateConflict("this account already has opportunities; import into a new, empty account");
        }

        try {
            settings.change(candidate, candidateSettings.timeZone(), candidateSettings.region(), candidateSettings.policy());
        } catch (RuleViolation violation) {
            throw violation.within("candidate");
        }
        int events = 0;
        List<Imported.Stream> streams = new ArrayList<>();
        for (Prepared opportunity : prepared) {
            eventStore.publish(opportunity.messages());
            events += opportunity.messages().size();
            streams.add(new Imported.Stream(opportunity.id(), opportunity.messages().size() - 1L));
            scheduleOpenDecisionDeadlines(opportunity, zone);
        }
        return new Imported(events, streams);
    }

    private HistoryDocument.Settings settings(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new RuleViolation("candidate", "is missing: the time zone, region and policy numbers");
        }
        String zone = text(node, "timeZone");
        String region = text(node, "region");
        if (zone == null || region == null) {
            throw new RuleViolation(zone == null ? "candidate.timeZone" : "candidate.region", "is required");
        }
        Zones.require("candidate.timeZone", zone);
        try {
            FollowUpPolicy policy = node.has("policy") ? json.treeToValue(node.get("policy"), FollowUpPolicy.class)
                    : FollowUpPolicy.DEFAULTS;
            return new HistoryDocument.Settings(zone, region, policy);
        } catch (RuleViolation violation) {
            throw violation.within("candidate");
        } catch (JacksonException e) {
            RuleViolation violation = violationIn(e);
            if (violation != null) {
                throw violation.within("candidate.policy" + JsonPaths.of(e.getPath()));
            }
            throw new RuleViolation("candidate.policy", "could not be read: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads one opportunity's entries and checks each as the command that recorded it was checked: its text by the
     * event's own record, its place in the history by {@link OpportunityRules}, at the moment it says it was recorded.
     */
    private Prepared prepare(CandidateId candidate, JsonNode opportunity, String path, ZoneId zone) {
        JsonNode events = opportunity == null ? null : opportunity.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new RuleViolation(path + ".events", "must list the opportunity's events");
        }
        OpportunityId id = OpportunityId.of(UUID.randomUUID());
        Instant now = clock.instant();
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        OpportunityHistory history = OpportunityHistory.empty();
        for (int j = 0; j < events.size(); j++) {
            String at = path + ".events[" + j + "]";
            JsonNode event = events.get(j);
            if (event.path("sequence").asLong(-1) != j) {
                throw new RuleViolation(at + ".sequence", "must be " + j + ": events come in stream order, without gaps");
            }
            String type = text(event, "type");
            Class<? extends OpportunityEvent> eventType = EventTypes.byName(type == null ? "" : type)
                    .orElseThrow(() -> new RuleViolation(at + ".type", "'" + type + "' is not an event this app knows"));
            Instant recordedAt = Times.notInTheFuture(at + ".recordedAt", instant(event, "recordedAt", at), now);
            Instant occurredAt = instant(event, "occurredAt", at);
            JsonNode payload = event.get("payload");
            if (payload == null || !payload.isObject()) {
                throw new RuleViolation(at + ".payload", "must be the event's content");
            }
            ObjectNode mine = ((ObjectNode) payload.deepCopy())
                    .put("opportunityId", id.toString())
                    .put("candidateId", candidate.toString());
            OpportunityEvent value = read(mine, eventType, at + ".payload");
            if (j == 0 && !(value instanceof OpportunityOpened)) {
                throw new RuleViolation(at + ".type", "an opportunity's history starts with OpportunityOpened");
            }
            try {
                OpportunityRules.admit(history, value, recordedAt, zone);
            } catch (RuleViolation violation) {
                throw violation.within(at + ".payload");
            } catch (StateConflict conflict) {
                throw new RuleViolation(at, conflict.getMessage());
            }
            if (!value.occurredAt().equals(occurredAt)) {
                throw new RuleViolation(at + ".occurredAt", "does not match the event's own time");
            }
            history = history.with(value);
            messages.add(new GenericDomainEventMessage<>("Opportunity", id.toString(), j, value, MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), recordedAt));
        }
        return new Prepared(id, messages, history.entries().stream().map(OpportunityHistory.Entry::event).toList());
    }

    /** The event the payload describes; its record refuses text that breaks the rules, named by its path. */
    private OpportunityEvent read(ObjectNode payload, Class<? extends OpportunityEvent> type, String path) {
        try {
            return json.treeToValue(payload, type);
        } catch (RuleViolation violation) {
            throw violation.within(path);
        } catch (JacksonException e) {
            RuleViolation violation = violationIn(e);
            if (violation != null) {
                throw violation.within(path + JsonPaths.of(e.getPath()));
            }
            throw new RuleViolation(path + JsonPaths.of(e.getPath()), "is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation(path, "is not a valid " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static @Nullable RuleViolation violationIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation;
            }
        }
        return null;
    }

    /** A stated decision day still to come was a scheduled deadline in the old account; it is one here too. */
    private void scheduleOpenDecisionDeadlines(Prepared opportunity, ZoneId zone) {
        for (DecisionDeadline deadline : DecisionDeadline.stillToCome(OpportunityHistory.of(opportunity.events()), zone,
                clock.instant())) {
            deadlines.schedule(deadline.endOfDay(), DecisionDeadline.NAME, deadline,
                    new AggregateScopeDescriptor("Opportunity", opportunity.id().toString()));
        }
    }

    private static Instant instant(JsonNode node, String field, String path) {
        String text = text(node, field);
        if (text == null) {
            throw new RuleViolation(path + "." + field, "is required");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException again) {
                throw new RuleViolation(path + "." + field, "is not a time: '" + text + "'");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
