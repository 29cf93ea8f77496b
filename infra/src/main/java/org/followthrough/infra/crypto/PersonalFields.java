package org.followthrough.infra.crypto;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The personal fields of each stored event type (company, role, names, notes, messages, e-mail addresses, the
 * signature; every text field the text rules cover) and how they are stored: each field's JSON value sealed with the
 * candidate's key as {@code {"enc":"v1:<Base64 of nonce and ciphertext>"}}, bound to the candidate and the field's
 * name. The candidate is the event's own {@code candidateId}. Without the key (erased) a field reads as a fixed
 * placeholder that today's event records accept: {@value #ERASED} for text, an address nobody has for a required
 * e-mail address, nothing for an optional one, an empty list or object.
 *
 * <p>The fields are named by stored type, whatever the revision (an old revision's field of the same name is sealed
 * as a whole and read back unchanged before the upcasters that know its shape). A test keeps this list in step with
 * the text fields of {@code StoredTextUpcaster.SHAPES}.
 */
public final class PersonalFields {

    public static final String ERASED = "erased";
    public static final String ERASED_ADDRESS = "erased@stored-address.invalid";
    private static final String SEALED = "enc";
    private static final String VERSION = "v1:";
    private static final byte[] MARKER = "{\"enc\":\"v1:".getBytes(StandardCharsets.US_ASCII);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String OPPORTUNITY = "org.followthrough.domain.opportunity.";
    private static final String CANDIDATE = "org.followthrough.domain.candidate.";

    private static final JsonNode TEXT = NODES.stringNode(ERASED);
    private static final JsonNode ADDRESS = NODES.stringNode(ERASED_ADDRESS);
    private static final JsonNode NOTHING = NODES.nullNode();
    private static final JsonNode NO_LIST = NODES.arrayNode();
    private static final JsonNode NO_OBJECT = NODES.objectNode();

    /** Stored type name → personal field → what it reads as once the key is gone. */
    static final Map<String, Map<String, JsonNode>> FIELDS = Map.ofEntries(
            Map.entry(OPPORTUNITY + "OpportunityOpened", Map.of("company", TEXT, "role", TEXT)),
            Map.entry(OPPORTUNITY + "InterviewScheduled", Map.of("interviewers", NO_LIST)),
            Map.entry(OPPORTUNITY + "InterviewCancelled", Map.of("reason", TEXT)),
            Map.entry(OPPORTUNITY + "InterviewHeld", Map.of("interviewers", NO_LIST)),
            Map.entry(OPPORTUNITY + "InterviewNotesRecorded", Map.of("wentWell", TEXT, "wentBadly", TEXT,
                    "stoodOut", TEXT, "forgot", TEXT, "perInterviewer", NO_LIST)),
            Map.entry(OPPORTUNITY + "ThankYouSent", Map.of("interviewer", TEXT, "message", TEXT)),
            Map.entry(OPPORTUNITY + "FollowUpSent", Map.of("recipient", TEXT, "message", TEXT)),
            Map.entry(OPPORTUNITY + "ConnectionMade", Map.of("person", TEXT)),
            Map.entry(OPPORTUNITY + "RecruiterReplied", Map.of("note", TEXT)),
            Map.entry(OPPORTUNITY + "EntryRetracted", Map.of("reason", TEXT)),
            Map.entry(CANDIDATE + "CandidateRegistered", Map.of("displayName", TEXT)),
            Map.entry(CANDIDATE + "SignatureChanged", Map.of("signature", NO_OBJECT)),
            Map.entry(CANDIDATE + "CoachShareProposed", Map.of("coachEmail", ADDRESS, "coachDisplayName", TEXT)),
            Map.entry(CANDIDATE + "SharedWithCoach", Map.of("coachEmail", ADDRESS)),
            Map.entry(CANDIDATE + "CoachSharingRevoked", Map.of("coachEmail", ADDRESS)));

    private PersonalFields() {
    }

    /** Whether events of this stored type hold personal fields. */
    public static boolean covers(String type) {
        return FIELDS.containsKey(type);
    }

    /** The personal fields of a stored type (none for a type that holds none). */
    public static java.util.Set<String> names(String type) {
        return FIELDS.getOrDefault(type, Map.of()).keySet();
    }

    /** The candidate an event belongs to, from its {@code candidateId}; null when it names none. */
    public static @Nullable UUID owner(ObjectNode event) {
        JsonNode id = event.get("candidateId");
        if (id == null || !id.isString()) {
            return null;
        }
        try {
            return UUID.fromString(id.stringValue());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /**
     * Seals the event's personal fields in place with the candidate's key, or writes the placeholders when the candidate
     * is erased (empty key). Fields already sealed, and nulls, are left as they are. Returns whether anything changed.
     */
    public static boolean seal(ObjectNode event, String type, UUID candidate, Optional<SecretKey> key) {
        Map<String, JsonNode> fields = FIELDS.get(type);
        if (fields == null) {
            return false;
        }
        boolean changed = false;
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            JsonNode value = event.get(field.getKey());
            if (value == null || value.isNull() || isSealed(value)) {
                continue;
            }
            if (key.isPresent()) {
                byte[] sealed = Aead.seal(key.get(), associated(candidate, field.getKey()), JSON.writeValueAsBytes(value));
                ObjectNode holder = NODES.objectNode();
                holder.put(SEALED, VERSION + Base64.getEncoder().encodeToString(sealed));
                event.set(field.getKey(), holder);
            } else {
                event.set(field.getKey(), field.getValue().deepCopy());
            }
            changed = true;
        }
        return changed;
    }

    /** Whether these stored bytes may hold a sealed field (a cheap scan: no parsing). */
    public static boolean maySealFields(byte[] json) {
        outer:
        for (int i = 0; i <= json.length - MARKER.length; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (json[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Opens the event's sealed fields in place; with no key for the candidate (erased) they read as the placeholders.
     * A key that does not open a field (a wrong master key, changed bytes) is an error, never taken for erasure.
     */
    public static ObjectNode open(ObjectNode event, String type, Function<UUID, Optional<SecretKey>> keys) {
        Map<String, JsonNode> fields = FIELDS.get(type);
        UUID candidate = owner(event);
        if (fields == null || candidate == null) {
            return event;
        }
        Optional<SecretKey> key = null;
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            JsonNode value = event.get(field.getKey());
            if (value == null || !isSealed(value)) {
                continue;
            }
            if (key == null) {
                key = keys.apply(candidate);
            }
            if (key.isEmpty()) {
                event.set(field.getKey(), field.getValue().deepCopy());
                continue;
            }
            byte[] sealed = Base64.getDecoder().decode(value.get(SEALED).stringValue().substring(VERSION.length()));
            event.set(field.getKey(), JSON.readTree(Aead.open(key.get(), associated(candidate, field.getKey()), sealed)));
        }
        return event;
    }

    private static boolean isSealed(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return false;
        }
        JsonNode sealed = value.get(SEALED);
        return sealed != null && sealed.isString() && sealed.stringValue().startsWith(VERSION);
    }

    private static byte[] associated(UUID candidate, String field) {
        return (candidate + "/" + field).getBytes(StandardCharsets.US_ASCII);
    }

}
