package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.followthrough.application.erasure.Erasure;
import org.followthrough.web.security.BasicHeader;
import org.followthrough.web.security.Sessions;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/** The right to erasure: the candidate deletes their account, with the password typed again. */
@Tag(name = OpenApiConfiguration.Tags.ACCOUNTS)
@RestController
record ErasureApi(Erasure erasure, Sessions sessions) {

    /** The password, typed again; HTTP Basic on the same request counts as typing it. */
    record Confirmation(@Nullable String password) {
    }

    /**
     * Answers 204. The personal fields of the candidate's events become unreadable for good (their key is destroyed),
     * their timeline, due actions, settings and sharing go, and their interviews no longer count in coaches' figures.
     * The history can be downloaded first (GET /api/v1/me/export).
     */
    @Operation(operationId = "deleteMe", summary = "Delete your account and your data",
            description = "Needs your password again. Your personal data becomes unreadable for good (its key is destroyed), every view forgets you and you cannot sign in any more.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/v1/me")
    void erase(@AuthenticationPrincipal SignedInUser me,
               @RequestBody(required = false) @Nullable Confirmation body, HttpServletRequest request) {
        String password = body != null && body.password() != null ? body.password() : basicPassword(request);
        erasure.erase(me.id(), password);
        sessions.endAllOf(me, null);
    }

    private static @Nullable String basicPassword(HttpServletRequest request) {
        UsernamePasswordAuthenticationToken basic = BasicHeader.of(request);
        return basic == null ? null : (String) basic.getCredentials();
    }
}
