package org.followthrough.domain.shared;

import org.jspecify.annotations.Nullable;

/** Presence checks that name the field, for values the type system cannot promise. */
public final class Checks {

    private Checks() {
    }

    public static <T> T present(String field, @Nullable T value) {
        if (value == null) {
            throw new RuleViolation(field, "is required");
        }
        return value;
    }
}
