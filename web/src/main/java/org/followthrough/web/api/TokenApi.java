package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.accounts.AccessToken;
import org.followthrough.application.accounts.AccessTokens;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.web.security.AccessTokenAuthentication;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Personal access tokens for scripts and integrations ({@code Authorization: Bearer …}). A token is shown once, when
 * it is made; afterwards only its name and dates. Making one takes the password (a stolen token cannot mint more).
 */
@Tag(name = OpenApiConfiguration.Tags.TOKENS)
@RestController
@RequestMapping(path = "/api/v1/me/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
record TokenApi(AccessTokens tokens, Clock clock) {

    record TokenBody(@Nullable String name, @Nullable OffsetDateTime expiresAt) {
    }

    record Token(UUID id, String name, OffsetDateTime createdAt, @Nullable OffsetDateTime expiresAt,
                 @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt, boolean active) {

        static Token of(AccessToken token, ZoneId zone, Instant now) {
            return new Token(token.id(), token.name(), at(token.createdAt(), zone), at(token.expiresAt(), zone),
                    at(token.lastUsedAt(), zone), at(token.revokedAt(), zone), token.usableAt(now));
        }

        private static @Nullable OffsetDateTime at(@Nullable Instant instant, ZoneId zone) {
            return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
        }
    }

    /** The new token: {@code token} is the secret to put after {@code Bearer}; it is not shown again. */
    record NewToken(UUID id, String name, String token, OffsetDateTime createdAt, @Nullable OffsetDateTime expiresAt) {
    }

    @Operation(operationId = "createToken", summary = "Make a personal access token",
            description = "Takes your password (HTTP Basic), not another token. The token is shown once, in this answer.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NewToken> issue(Authentication authentication, @AuthenticationPrincipal SignedInUser me,
                                   @RequestBody TokenBody body) {
        if (authentication instanceof AccessTokenAuthentication) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Make new tokens with your password (HTTP Basic), not with another token."), null);
        }
        AccessTokens.Issued issued = tokens.issue(me.id(), body.name(),
                body.expiresAt() == null ? null : body.expiresAt().toInstant());
        AccessToken token = issued.token();
        NewToken answer = new NewToken(token.id(), token.name(), issued.secret(),
                token.createdAt().atZone(me.timeZone()).toOffsetDateTime(),
                token.expiresAt() == null ? null : token.expiresAt().atZone(me.timeZone()).toOffsetDateTime());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(token.id()).toUri()).body(answer);
    }

    @Operation(operationId = "listTokens", summary = "List your tokens",
            description = "Name, dates and last use of each of your tokens; never the tokens themselves.")
    @GetMapping
    List<Token> list(@AuthenticationPrincipal SignedInUser me) {
        Instant now = clock.instant();
        return tokens.of(me.id()).stream().map(token -> Token.of(token, me.timeZone(), now)).toList();
    }

    /** 204 once the token is revoked (again or not); 404 for an id that is not one of the caller's tokens. */
    @Operation(operationId = "revokeToken", summary = "Revoke a token",
            description = "It answers 401 from then on.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    void revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
        if (!tokens.revoke(me.id(), id)) {
            throw new NotFound("access token", id);
        }
    }
}
