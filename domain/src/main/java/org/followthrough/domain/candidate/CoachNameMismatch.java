package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.StateConflict;
import org.jspecify.annotations.Nullable;

/**
 * The coach's name the candidate confirmed is not the name that coach account holds now (renamed since the candidate
 * was shown it, or gone): nothing is shared, the share stays pending, and the candidate is shown the current name.
 */
public class CoachNameMismatch extends StateConflict {

    public static final String FIELD = "coachName";

    private final @Nullable String currentName;

    public CoachNameMismatch(String coachEmail, @Nullable String currentName) {
        super(currentName == null
                ? "no coach has an account with the address " + coachEmail + " any more; nothing is shared"
                : "the coach at " + coachEmail + " is now called '" + currentName
                + "'; nothing is shared until you confirm that name");
        this.currentName = currentName;
    }

    public String field() {
        return FIELD;
    }

    /** The coach account's display name now; null when there is no such coach any more. */
    public @Nullable String currentName() {
        return currentName;
    }
}
