package org.followthrough.domain.shared;

import org.jspecify.annotations.Nullable;

/** Free text as people type it: trimmed, blank treated as absent, bounded in length. */
public final class Text {

    public static final int MAX_SHORT = 200;
    public static final int MAX_LONG = 10_000;

    private Text() {
    }

    public static String required(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "must not be blank");
        }
        return bounded(field, value.strip(), maxLength);
    }

    public static @Nullable String optional(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(field, value.strip(), maxLength);
    }

    private static String bounded(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new RuleViolation(field, "is too long (" + value.length() + " characters, at most " + maxLength + ")");
        }
        return value;
    }
}
