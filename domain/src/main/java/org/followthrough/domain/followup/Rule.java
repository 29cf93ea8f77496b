package org.followthrough.domain.followup;

/** The follow-up rules by their ids (the API's {@code rule} field). */
public enum Rule {
    THANK_YOU, NOTES, NEXT_STEPS, STATUS_CHECK, MOVE_ON, CLEAR_THE_AIR, ADDRESS_CONCERN, AFTER_OUTCOME, CONNECT,
    PREPARE, CONFIRM_HELD;

    /**
     * Whether the action is a question about something that has to have happened first ("did the interview take
     * place?"): a list that shows what to do now asks it only once it is due, not ahead of time.
     */
    public boolean asksOnlyOnceDue() {
        return this == CONFIRM_HELD;
    }

    /** Whether the action is a message to the employer, for which a draft can be offered. */
    public boolean isMessage() {
        return switch (this) {
            case THANK_YOU, NEXT_STEPS, STATUS_CHECK, CLEAR_THE_AIR, ADDRESS_CONCERN, AFTER_OUTCOME -> true;
            case NOTES, MOVE_ON, CONNECT, PREPARE, CONFIRM_HELD -> false;
        };
    }
}
