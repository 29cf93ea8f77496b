package org.followthrough.infra.axon.upcasting;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Reads {@code InterviewHeld} as it was first released (no revision, or {@code "1"}) in its current shape,
 * revision {@code "2"}.
 *
 * <p>The first release kept each interviewer as the line its form showed, and called the employer's timeline
 * {@code statedDecision}:
 * <pre>{@code
 * "interviewers": ["Grace Hopper, Engineering Manager <grace@acme.example>", "Alan Turing"],
 * "statedDecision": {"kind": "DATE", "date": "2026-03-20"}
 * }</pre>
 * Revision 2 keeps name, title and e-mail apart, because thank-yous and drafts address a person by name and
 * e-mail, and calls the timeline {@code decision}:
 * <pre>{@code
 * "interviewers": [{"name": "Grace Hopper", "title": "Engineering Manager", "email": "grace@acme.example"},
 *                  {"name": "Alan Turing", "title": null, "email": null}],
 * "decision": {"kind": "DATE", "date": "2026-03-20"}
 * }</pre>
 * The other fields and the decision's own shape did not change. How a line is taken apart is
 * {@link InterviewerLine}'s business. A missing or null {@code statedDecision} reads as "not stated".
 *
 * <p>Until {@code InterviewHeld} carried {@code @Revision}, events in today's shape were stored without a revision
 * too. So this upcaster takes whatever it finds: an interviewer that is already an object, and a {@code decision}
 * that is already there, pass through untouched.
 *
 * <p>The stored type name is spelled out rather than taken from the class: it names rows already written, which
 * a later move of the class must not change.
 */
public final class InterviewHeldUpcaster extends SingleEventUpcaster {

    static final String TYPE = "org.followthrough.domain.opportunity.InterviewHeld";
    static final SerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return TYPE.equals(type.getName()) && (type.getRevision() == null || "1".equals(type.getRevision()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class, InterviewHeldUpcaster::toRevision2);
    }

    static ObjectNode toRevision2(ObjectNode stored) {
        ObjectNode event = stored.deepCopy();
        event.set("interviewers", interviewers(event.get("interviewers")));
        JsonNode stated = event.remove("statedDecision");
        JsonNode decision = event.get("decision");
        if (decision == null || decision.isNull()) {
            event.set("decision", stated == null || stated.isNull() ? notStated() : stated);
        }
        return event;
    }

    private static ArrayNode interviewers(@Nullable JsonNode stored) {
        ArrayNode interviewers = NODES.arrayNode();
        if (stored == null || stored.isNull()) {
            return interviewers;
        }
        for (JsonNode entry : stored.isArray() ? stored : List.of(stored)) {
            if (entry.isString()) {
                InterviewerLine.parse(entry.stringValue()).ifPresent(line -> interviewers.add(json(line)));
            } else if (entry.isObject()) {
                interviewers.add(entry);
            }
        }
        return interviewers;
    }

    private static ObjectNode json(InterviewerLine line) {
        ObjectNode interviewer = NODES.objectNode().put("name", line.name());
        interviewer.put("title", line.title());
        interviewer.put("email", line.email());
        return interviewer;
    }

    private static ObjectNode notStated() {
        return NODES.objectNode().put("kind", "NONE").putNull("date");
    }
}
