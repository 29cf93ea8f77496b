package org.followthrough.domain.shared;

/** A command that is well formed but clashes with what is already recorded (closed, already done). */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
