package org.followthrough.infra.axon.upcasting;

import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The text fields of one stored event type, and how to read them under today's text rules ({@link Text},
 * {@link EmailAddress}). {@link #mayBreakTheRules} looks at the stored JSON bytes without parsing them into objects,
 * and answers true whenever a field could make the event's record refuse it; {@link #repaired} then makes every field
 * obey the rules. A false answer is a promise (the record will read the bytes as they are); a true one may be a
 * false alarm that only costs a parse.
 */
final class StoredText {

    /** One text field of the stored JSON, by its property name. */
    sealed interface Field {
        String name();
    }

    /** Text under one of the domain's rules; a required one reads as {@link Text#NOT_GIVEN} when nothing is left. */
    record Textual(String name, Text.Rule rule, boolean required) implements Field {
    }

    /**
     * An e-mail address. One the rules refuse is never mended into another real address: an optional one is dropped,
     * a required one becomes a stand-in in the reserved {@code .invalid} domain, the same for the same stored text.
     */
    record Email(String name, boolean required) implements Field {
    }

    /** A list of objects with text fields of their own; a required list must be there, an optional one may be absent. */
    record ListOf(String name, List<Field> fields, boolean required) implements Field {
    }

    /** An object with text fields of its own, such as the candidate's signature; it must be there. */
    record ObjectOf(String name, List<Field> fields) implements Field {
    }

    static final String STAND_IN_DOMAIN = "stored-address.invalid";

    private final List<Field> fields;

    StoredText(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    List<Field> fields() {
        return fields;
    }

    boolean mayBreakTheRules(byte[] json) {
        try {
            return new Scan(json).object(fields);
        } catch (RuntimeException malformed) {
            return true;
        }
    }

    ObjectNode repaired(ObjectNode stored) {
        ObjectNode event = stored.deepCopy();
        repair(event, fields);
        return event;
    }

    private static void repair(ObjectNode node, List<Field> fields) {
        for (Field field : fields) {
            JsonNode value = node.get(field.name());
            String stored = value != null && value.isString() ? value.stringValue() : null;
            switch (field) {
                case Textual text -> {
                    if (stored != null) {
                        put(node, text.name(), text.required() ? text.rule().repairRequired(stored) : text.rule().repair(stored));
                    } else if (text.required() && (value == null || value.isNull())) {
                        node.put(text.name(), Text.NOT_GIVEN);
                    }
                }
                case Email email -> {
                    if (stored != null && isAddress(stored)) {
                        continue;
                    }
                    if (email.required()) {
                        node.put(email.name(), standIn(stored == null ? "" : stored));
                    } else if (value != null) {
                        node.putNull(email.name());
                    }
                }
                case ListOf list -> {
                    if (value instanceof ArrayNode elements) {
                        for (JsonNode element : elements) {
                            if (element instanceof ObjectNode object) {
                                repair(object, list.fields());
                            }
                        }
                    } else if (list.required() || value != null && !value.isNull()) {
                        node.putArray(list.name());
                    }
                }
                case ObjectOf nested -> repair(value instanceof ObjectNode held ? held : node.putObject(nested.name()),
                        nested.fields());
            }
        }
    }

    private static void put(ObjectNode node, String name, @Nullable String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static boolean isAddress(String stored) {
        try {
            EmailAddress.parse("email", stored);
            return true;
        } catch (RuleViolation notAnAddress) {
            return false;
        }
    }

    /** An address nobody has, standing for a stored one the rules refuse; the same stored text gives the same one. */
    static String standIn(String stored) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stored.getBytes(StandardCharsets.UTF_8));
            return "unreadable-" + HexFormat.of().formatHex(digest, 0, 8) + "@" + STAND_IN_DOMAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static int requiredCount(List<Field> fields) {
        int count = 0;
        for (Field field : fields) {
            if (isRequired(field)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isRequired(Field field) {
        return switch (field) {
            case Textual text -> text.required();
            case Email email -> email.required();
            case ListOf list -> list.required();
            case ObjectOf nested -> true;
        };
    }

    /**
     * A single pass over the stored JSON, as Jackson writes it (UTF-8, escapes for control characters), decoding only
     * the strings of the fields of interest and skipping everything else.
     */
    private static final class Scan {

        private final byte[] json;
        private int at;

        Scan(byte[] json) {
            this.json = json;
        }

        /** Whether any field of the object at hand may break the rules, or a required one is missing. */
        boolean object(List<Field> fields) {
            space();
            expect('{');
            boolean suspicious = false;
            int required = 0;
            space();
            if (peek() == '}') {
                at++;
                return requiredCount(fields) > 0;
            }
            while (true) {
                space();
                int nameStart = at + 1;
                skipString();
                Field field = named(fields, nameStart, at - 1);
                space();
                expect(':');
                space();
                if (field == null) {
                    skipValue();
                } else {
                    if (isRequired(field)) {
                        required++;
                    }
                    suspicious |= value(field);
                }
                space();
                if (peek() == ',') {
                    at++;
                    continue;
                }
                expect('}');
                return suspicious || required < requiredCount(fields);
            }
        }

        private boolean value(Field field) {
            if (peek() == 'n') {
                skipValue();
                return isRequired(field);
            }
            return switch (field) {
                case Textual text -> peek() != '"' ? skipValueAnd(true) : breaks(text);
                case Email email -> peek() != '"' ? skipValueAnd(true) : !isAddress(string());
                case ListOf list -> peek() != '[' ? skipValueAnd(true) : elements(list.fields());
                case ObjectOf nested -> peek() != '{' ? skipValueAnd(true) : object(nested.fields());
            };
        }

        private boolean elements(List<Field> fields) {
            expect('[');
            boolean suspicious = false;
            space();
            if (peek() == ']') {
                at++;
                return false;
            }
            while (true) {
                space();
                if (peek() == '{') {
                    suspicious |= object(fields);
                } else {
                    skipValue();
                }
                space();
                if (peek() == ',') {
                    at++;
                    continue;
                }
                expect(']');
                return suspicious;
            }
        }

        /**
         * Whether the record could refuse this text: a character the rule forbids, blank where required, or possibly
         * too long. NFC may lengthen text beyond Latin up to three times, so such text near the bound counts too.
         */
        private boolean breaks(Textual text) {
            expect('"');
            int count = 0;
            boolean blank = true;
            boolean beyondLatin = false;
            boolean forbidden = false;
            while (peek() != '"') {
                int codePoint = codePoint();
                count++;
                blank &= Character.isWhitespace(codePoint);
                beyondLatin |= codePoint >= 0x300;
                forbidden |= !text.rule().allows(codePoint);
            }
            at++;
            int max = text.rule().maxLength();
            return forbidden || (text.required() && blank) || count > max || (beyondLatin && count * 3L > max);
        }

        private String string() {
            expect('"');
            StringBuilder text = new StringBuilder();
            while (peek() != '"') {
                text.appendCodePoint(codePoint());
            }
            at++;
            return text.toString();
        }

        private int codePoint() {
            int b = json[at] & 0xFF;
            if (b == '\\') {
                return escaped();
            }
            at++;
            if (b < 0x80) {
                return b;
            }
            int following;
            int codePoint;
            if (b >= 0xF0 && b <= 0xF4) {
                following = 3;
                codePoint = b & 0x07;
            } else if (b >= 0xE0) {
                following = 2;
                codePoint = b & 0x0F;
            } else if (b >= 0xC2 && b < 0xE0) {
                following = 1;
                codePoint = b & 0x1F;
            } else {
                throw new IllegalArgumentException("not UTF-8");
            }
            for (int i = 0; i < following; i++) {
                int next = json[at++] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw new IllegalArgumentException("not UTF-8");
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            return codePoint;
        }

        private int escaped() {
            at++;
            int c = json[at++];
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> {
                    int unit = hex();
                    if (Character.isHighSurrogate((char) unit) && at + 1 < json.length && json[at] == '\\' && json[at + 1] == 'u') {
                        int resume = at;
                        at += 2;
                        int low = hex();
                        if (Character.isLowSurrogate((char) low)) {
                            yield Character.toCodePoint((char) unit, (char) low);
                        }
                        at = resume;
                    }
                    yield unit;
                }
                default -> throw new IllegalArgumentException("not a JSON escape");
            };
        }

        private int hex() {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(json[at++], 16);
                if (digit < 0) {
                    throw new IllegalArgumentException("not a hex digit");
                }
                value = value * 16 + digit;
            }
            return value;
        }

        private @Nullable Field named(List<Field> fields, int start, int end) {
            for (Field field : fields) {
                String name = field.name();
                if (name.length() == end - start && matches(name, start)) {
                    return field;
                }
            }
            return null;
        }

        private boolean matches(String name, int start) {
            for (int i = 0; i < name.length(); i++) {
                if (json[start + i] != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean skipValueAnd(boolean answer) {
            skipValue();
            return answer;
        }

        private void skipValue() {
            int c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                int depth = 0;
                do {
                    int next = peek();
                    if (next == '"') {
                        skipString();
                        continue;
                    }
                    if (next == '{' || next == '[') {
                        depth++;
                    } else if (next == '}' || next == ']') {
                        depth--;
                    }
                    at++;
                } while (depth > 0);
            } else {
                while (at < json.length && ",}] \t\r\n".indexOf(json[at]) < 0) {
                    at++;
                }
            }
        }

        private void skipString() {
            expect('"');
            while (peek() != '"') {
                at += json[at] == '\\' ? 2 : 1;
            }
            at++;
        }

        private void space() {
            while (at < json.length && (json[at] == ' ' || json[at] == '\t' || json[at] == '\n' || json[at] == '\r')) {
                at++;
            }
        }

        private int peek() {
            return json[at];
        }

        private void expect(char c) {
            if (json[at] != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at);
            }
            at++;
        }
    }
}
