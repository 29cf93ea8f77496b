package org.followthrough.application.accounts;

import org.jspecify.annotations.Nullable;

/** What a person types to create an account; checked by {@link AccountService#signUp}. */
public record SignUp(@Nullable String email, @Nullable String password, @Nullable String displayName,
                     @Nullable String timeZone, @Nullable String region, @Nullable Role role) {
}
