package org.followthrough.site.auth;

import org.jspecify.annotations.Nullable;

/** The sign-up form's values, sent back with the errors so nothing typed is lost (except the password). */
public record SignupForm(@Nullable String email, @Nullable String displayName, @Nullable String timeZone,
                         @Nullable String region, @Nullable String role) {

    public static SignupForm empty() {
        return new SignupForm(null, null, null, null, "CANDIDATE");
    }

    public boolean isCoach() {
        return "COACH".equals(role);
    }
}
