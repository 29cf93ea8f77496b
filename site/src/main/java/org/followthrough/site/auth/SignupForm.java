package org.followthrough.site.auth;

import org.jspecify.annotations.Nullable;

/** The sign-up form's values, sent back with the errors so nothing typed is lost (except the password). */
public record SignupForm(@Nullable String email, @Nullable String displayName, @Nullable String timeZone,
                         @Nullable String region, @Nullable String role) {

    /** A new form, its region already chosen when there is a good guess ({@code ""}: none). */
    public static SignupForm empty(String region) {
        return new SignupForm(null, null, null, region, "CANDIDATE");
    }

    public boolean regionIs(String code) {
        return code.equals(region);
    }

    public boolean isCoach() {
        return "COACH".equals(role);
    }
}
