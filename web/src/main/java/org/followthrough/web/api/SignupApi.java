package org.followthrough.web.api;

import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Creates an account: a candidate who follows up, or a coach who reads what candidates share. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SignupApi {

    private final AccountService accounts;

    SignupApi(AccountService accounts) {
        this.accounts = accounts;
    }

    record SignUpBody(@Nullable String email, @Nullable String password, @Nullable String displayName,
                      @Nullable String timeZone, @Nullable String region, @Nullable Role role) {
    }

    record SignedUp(UUID id, String email, String displayName, Role role, String timeZone, String region) {
    }

    @PostMapping(path = "/signup", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    SignedUp signUp(@RequestBody SignUpBody body) {
        Account account = accounts.signUp(new SignUp(body.email(), body.password(), body.displayName(),
                body.timeZone(), body.region(), body.role()));
        return new SignedUp(account.id(), account.email(), account.displayName(), account.role(),
                account.timeZone().getId(), account.region().code());
    }
}
