package org.followthrough.infra.axon.upcasting;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.shared.Text;
import org.followthrough.infra.axon.upcasting.StoredText.Email;
import org.followthrough.infra.axon.upcasting.StoredText.Field;
import org.followthrough.infra.axon.upcasting.StoredText.ListOf;
import org.followthrough.infra.axon.upcasting.StoredText.ObjectOf;
import org.followthrough.infra.axon.upcasting.StoredText.Textual;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads events stored before the text rules under them. Until then an event could hold a NUL or another control
 * character, a name of 10,000 characters, a blank name or a malformed e-mail address (the import took them unchecked).
 * Today's event records refuse such text, so without this upcaster that person's opportunity could no longer be
 * loaded. It leaves the stored row as it is and hands the record text it accepts: forbidden characters removed (tabs
 * and line breaks in a single line become spaces), over-long text shortened and ending in "…", nothing left in a
 * required field read as {@value Text#NOT_GIVEN}, an invalid e-mail address dropped or, where one is required, read
 * as a stand-in nobody has (see {@link StoredText}).
 *
 * <p>It must stay cheap: a rebuild reads every event. Only the types below are looked at, and their stored bytes are
 * scanned once without building objects; the JSON is parsed only when a field could break a rule. The types are
 * spelled out by their stored names and revisions, which later moves of the classes must not change; it runs after
 * the upcasters that bring older shapes to these revisions.
 */
public final class StoredTextUpcaster extends SingleEventUpcaster {

    private static final String OPPORTUNITY = "org.followthrough.domain.opportunity.";
    private static final String CANDIDATE = "org.followthrough.domain.candidate.";

    /** One stored type at one revision and the text fields it holds. */
    record Shape(@Nullable String revision, StoredText text) {
    }

    /** An interviewer's text, wherever a list of them is stored. */
    private static final List<Field> INTERVIEWER = List.of(line("name", true), line("title", false), new Email("email", false));

    static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry(OPPORTUNITY + "OpportunityOpened", shape(null, line("company", true), line("role", true))),
            Map.entry(OPPORTUNITY + "InterviewScheduled", shape(null, new ListOf("interviewers", INTERVIEWER, false))),
            Map.entry(OPPORTUNITY + "InterviewCancelled", shape(null, line("reason", false))),
            Map.entry(OPPORTUNITY + "InterviewHeld", shape("2", new ListOf("interviewers", INTERVIEWER, true))),
            Map.entry(OPPORTUNITY + "InterviewNotesRecorded", shape(null, free("wentWell"), free("wentBadly"),
                    free("stoodOut"), free("forgot"), new ListOf("perInterviewer",
                            List.of(line("interviewer", true), new Textual("notes", Text.FREE, true)), false))),
            Map.entry(OPPORTUNITY + "ThankYouSent", shape(null, line("interviewer", true), free("message"))),
            Map.entry(OPPORTUNITY + "FollowUpSent", shape(null, line("recipient", false), free("message"))),
            Map.entry(OPPORTUNITY + "ConnectionMade", shape(null, line("person", true))),
            Map.entry(OPPORTUNITY + "RecruiterReplied", shape(null, free("note"))),
            Map.entry(OPPORTUNITY + "EntryRetracted", shape(null, line("reason", false))),
            Map.entry(CANDIDATE + "CandidateRegistered", shape(null, line("displayName", true))),
            Map.entry(CANDIDATE + "SignatureChanged", shape(null, new ObjectOf("signature", List.of(line("phone", false),
                    new Email("email", false), new Textual("profileUrl", Signature.PROFILE_URL, false))))),
            Map.entry(CANDIDATE + "CoachShareProposed", shape(null, new Email("coachEmail", true),
                    line("coachDisplayName", true))),
            Map.entry(CANDIDATE + "SharedWithCoach", shape(null, new Email("coachEmail", true))),
            Map.entry(CANDIDATE + "CoachSharingRevoked", shape(null, new Email("coachEmail", true))));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        Shape shape = shapeOf(representation.getType());
        if (shape == null) {
            return false;
        }
        if (representation.getContentType() != byte[].class) {
            return true;
        }
        return shape.text().mayBreakTheRules(representation.getData(byte[].class).getData());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        StoredText text = Objects.requireNonNull(shapeOf(representation.getType())).text();
        return representation.upcastPayload(representation.getType(), ObjectNode.class, text::repaired);
    }

    private static @Nullable Shape shapeOf(SerializedType type) {
        Shape shape = SHAPES.get(type.getName());
        return shape != null && Objects.equals(shape.revision(), type.getRevision()) ? shape : null;
    }

    private static Shape shape(@Nullable String revision, Field... fields) {
        return new Shape(revision, new StoredText(List.of(fields)));
    }

    private static Textual line(String name, boolean required) {
        return new Textual(name, Text.LINE, required);
    }

    private static Textual free(String name) {
        return new Textual(name, Text.FREE, false);
    }
}
