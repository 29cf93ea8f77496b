package org.followthrough.site.auth;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Messages to show next to the fields of a form that was sent back. */
public record FormErrors(Map<String, String> byField) {

    public FormErrors {
        byField = Map.copyOf(new LinkedHashMap<>(byField));
    }

    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public @Nullable String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }
}
