package org.followthrough.domain.shared;

/**
 * A command broke a domain rule. Names the field at fault so the API and the forms can point at it;
 * nothing is stored when this is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same fault, seen from the thing that holds the field: {@code name} within {@code interviewers[0]}. */
    public RuleViolation within(String path) {
        if (field.isEmpty()) {
            return new RuleViolation(path, getMessage());
        }
        return new RuleViolation(path + (field.startsWith("[") ? "" : ".") + field, getMessage());
    }

    /** The same fault under the name the caller used for the field (a command's {@code at} for an event's {@code closedAt}). */
    public RuleViolation renamed(String from, String to) {
        if (field.equals(from) || field.startsWith(from + ".") || field.startsWith(from + "[")) {
            return new RuleViolation(to + field.substring(from.length()), getMessage());
        }
        return this;
    }
}
