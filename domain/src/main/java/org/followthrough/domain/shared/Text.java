package org.followthrough.domain.shared;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;

/**
 * Text as people type it, held to one set of rules wherever it comes in (API, pages, import, stored events): Unicode
 * in NFC, trimmed, blank treated as absent, no control characters but line breaks and tabs in free text, no unpaired
 * surrogates or noncharacters, and a length counted in characters (code points) after normalisation.
 *
 * <p>A {@link Rule} says what one field may hold: {@link #LINE} for names, titles, company, role, recipient and
 * reasons (one line, no tabs, no bidirectional controls that could disguise a name), {@link #FREE} for notes and
 * messages. A value that breaks a rule is refused with a {@link RuleViolation} naming the field and the character;
 * {@link Rule#repair} makes any stored value obey the rule instead, for events recorded before these rules.
 */
public final class Text {

    public static final int MAX_SHORT = 200;
    public static final int MAX_LONG = 10_000;
    /** What a shortened value ends with, so the reader sees that something was cut. */
    public static final String ELLIPSIS = "\u2026";
    /** What a required value that held nothing readable is read as. */
    public static final String NOT_GIVEN = "(not given)";

    /** One line: names, titles, company, role, recipient, reasons. */
    public static final Rule LINE = new Rule(false, MAX_SHORT);
    /** Free text, with line breaks and tabs: notes, messages, reply notes. */
    public static final Rule FREE = new Rule(true, MAX_LONG);

    private Text() {
    }

    /** What one text field may hold: one line or free text, and how many characters at most. */
    public record Rule(boolean multiLine, int maxLength) {

        public Rule {
            if (maxLength < 2) {
                throw new IllegalArgumentException("a text field holds at least 2 characters");
            }
        }

        /** The same kind of text with another bound, e.g. a time zone's name. */
        public Rule upTo(int maxLength) {
            return new Rule(multiLine, maxLength);
        }

        /** The value, normalised; refused when blank or when it breaks the rule. */
        public String required(String field, @Nullable String value) {
            String text = optional(field, value);
            if (text == null) {
                throw new RuleViolation(field, value == null ? "is required" : "must not be blank");
            }
            return text;
        }

        /** The value, normalised, or null when it is absent or blank; refused when it breaks the rule. */
        public @Nullable String optional(String field, @Nullable String value) {
            if (value == null) {
                return null;
            }
            int start = trimmedStart(value);
            int end = trimmedEnd(value, start);
            boolean plain = true;
            int position = value.codePointCount(0, start);
            for (int i = start; i < end; ) {
                int codePoint = value.codePointAt(i);
                position++;
                String problem = problemWith(codePoint);
                if (problem != null) {
                    throw new RuleViolation(field, "contains " + problem + " (" + codePointName(codePoint)
                            + ") at position " + position);
                }
                plain &= codePoint < 0x300 && codePoint != '\r';
                i += Character.charCount(codePoint);
            }
            if (start == end) {
                return null;
            }
            String text = value.substring(start, end);
            if (!plain) {
                text = normalised(text);
            }
            int length = text.codePointCount(0, text.length());
            if (length > maxLength) {
                throw new RuleViolation(field, "is too long (" + length + " characters, at most " + maxLength + ")");
            }
            return text;
        }

        /**
         * A stored value made to obey the rule, for events recorded before it: forbidden characters removed (tabs and
         * line breaks in a single line become spaces), normalised, and shortened with an {@link #ELLIPSIS} when too
         * long. Null when nothing readable is left. {@code optional(field, repair(x))} never throws and returns the
         * repaired value itself.
         */
        public @Nullable String repair(@Nullable String stored) {
            if (stored == null) {
                return null;
            }
            StringBuilder kept = new StringBuilder(stored.length());
            for (int i = 0; i < stored.length(); ) {
                int codePoint = stored.codePointAt(i);
                if (allows(codePoint)) {
                    kept.appendCodePoint(codePoint);
                } else if (isLineBreakOrTab(codePoint)) {
                    kept.append(' ');
                }
                i += Character.charCount(codePoint);
            }
            String text = normalised(kept.toString()).strip();
            if (text.isEmpty()) {
                return null;
            }
            String whole = text;
            for (int keep = maxLength - 1; text.codePointCount(0, text.length()) > maxLength; keep--) {
                text = normalised(whole.substring(0, whole.offsetByCodePoints(0, keep))).strip() + ELLIPSIS;
            }
            return text;
        }

        /**
         * Whether the character may appear in this kind of text. Spaces at either end are trimmed rather than checked,
         * so a value of allowed characters only is accepted whatever its ends hold.
         */
        public boolean allows(int codePoint) {
            return problemWith(codePoint) == null;
        }

        /** {@link #repair} for a field that must hold something. */
        public String repairRequired(@Nullable String stored) {
            String text = repair(stored);
            return text == null ? NOT_GIVEN : text;
        }

        private @Nullable String problemWith(int codePoint) {
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                return "an unpaired surrogate, which is not a character";
            }
            if (isNoncharacter(codePoint)) {
                return "a noncharacter";
            }
            if (multiLine) {
                return codePoint == '\n' || codePoint == '\t' || codePoint == '\r' ? null : controlProblem(codePoint);
            }
            if (codePoint == '\n' || codePoint == '\r' || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0x85) {
                return "a line break";
            }
            if (codePoint == '\t') {
                return "a tab";
            }
            if (isBidiControl(codePoint)) {
                return "a bidirectional control character";
            }
            return controlProblem(codePoint);
        }

        /** Line breaks as a browser sends them (CR LF) become plain line feeds. */
        private String normalised(String text) {
            String lines = multiLine && text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
            return Normalizer.normalize(lines, Normalizer.Form.NFC);
        }

        private boolean isLineBreakOrTab(int codePoint) {
            return !multiLine && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t'
                    || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0x85);
        }
    }

    /** C0 controls, DEL and C1 controls. */
    public static boolean isControl(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane: never characters, so never text. */
    public static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** The embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069) that reorder what follows. */
    public static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** The code point as Unicode writes it: U+0000. */
    public static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static @Nullable String controlProblem(int codePoint) {
        return isControl(codePoint) ? "a control character" : null;
    }

    private static int trimmedStart(String value) {
        int start = 0;
        while (start < value.length()) {
            int codePoint = value.codePointAt(start);
            if (!Character.isWhitespace(codePoint)) {
                break;
            }
            start += Character.charCount(codePoint);
        }
        return start;
    }

    private static int trimmedEnd(String value, int start) {
        int end = value.length();
        while (end > start) {
            int codePoint = value.codePointBefore(end);
            if (!Character.isWhitespace(codePoint)) {
                break;
            }
            end -= Character.charCount(codePoint);
        }
        return end;
    }
}
