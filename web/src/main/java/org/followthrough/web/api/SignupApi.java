package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = OpenApiConfiguration.Tags.ACCOUNTS)
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
record SignupApi(AccountService accounts) {

    record SignUpBody(@Nullable String email, @Nullable String password, @Nullable String displayName,
                      @Nullable String timeZone, @Nullable String region, @Nullable Role role) {
    }

    record SignedUp(UUID id, String email, String displayName, Role role, String timeZone, String region) {
    }

    @Operation(operationId = "signUp", summary = "Sign up",
            description = "Creates an account as a candidate or a coach. The e-mail address is kept normalised and can be registered only once; the password is stored only as a hash. Needs no credentials. Answers 201 with the new account.")
    @SecurityRequirements
    @PostMapping(path = "/signup", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    SignedUp signUp(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                    {"email": "ada@example.com", "password": "a long enough password", "displayName": "Ada",
                     "timeZone": "Europe/Berlin", "region": "DE-BY", "role": "CANDIDATE"}
                    """)))
            @RequestBody SignUpBody body) {
        Account account = accounts.signUp(new SignUp(body.email(), body.password(), body.displayName(),
                body.timeZone(), body.region(), body.role()));
        return new SignedUp(account.id(), account.email(), account.displayName(), account.role(),
                account.timeZone().getId(), account.region().code());
    }
}
