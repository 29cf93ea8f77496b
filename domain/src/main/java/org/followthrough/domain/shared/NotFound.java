package org.followthrough.domain.shared;

/**
 * The thing asked for does not exist for the one asking. Thrown alike for "never existed" and "belongs to
 * someone else", so that nobody learns which of their guesses name real records.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
