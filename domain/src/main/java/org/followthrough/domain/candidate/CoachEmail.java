package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/** A coach is named by the e-mail address they sign in with; case does not make two coaches. */
public final class CoachEmail {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private CoachEmail() {
    }

    public static String normalize(@Nullable String raw) {
        String email = Text.required("coachEmail", raw, 320).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("coachEmail", "is not an e-mail address: '" + raw + "'");
        }
        return email;
    }
}
