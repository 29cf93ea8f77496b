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
}
