package org.followthrough.domain.shared;

/**
 * The thing asked for does not exist for the one asking. Thrown alike for "never existed" and "belongs to
 * someone else", so that nobody learns which of their guesses name real records.
 */
public class NotFound extends RuntimeException {

    private final String thing;

    /** {@code thing}: what was asked for, as its owner would name it ("calendar feed"); {@code key}: for the log. */
    public NotFound(String thing, Object key) {
        super(thing + " " + key + " not found");
        this.thing = thing;
    }

    /** Something that has one per candidate, asked for by no key of its own ("calendar feed"). */
    public NotFound(String thing) {
        super(thing + " not found");
        this.thing = thing;
    }

    /** What was asked for, fit to say to the one who asked: "No such calendar feed." */
    public String thing() {
        return thing;
    }
}
