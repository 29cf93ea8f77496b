package org.followthrough.site.forms;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.Map;

/** What a form shows in its fields: what was typed (sent back after an error) or sensible pre-filled values. */
public record FormValues(Map<String, String> values) {

    public FormValues {
        values = Map.copyOf(values);
    }

    public static FormValues of(Map<String, String> values) {
        Map<String, String> present = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        return new FormValues(present);
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, @Nullable String value) {
        return value != null && value.equals(values.get(name));
    }

    public FormValues with(String name, @Nullable String value) {
        Map<String, String> next = new HashMap<>(values);
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return new FormValues(next);
    }
}
