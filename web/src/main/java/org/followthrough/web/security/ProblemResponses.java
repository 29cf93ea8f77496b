package org.followthrough.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/** The API answers 401 and 403 with problem documents too, not with an HTML error page. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"followthrough\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"followthrough\"");
        write(request, response, HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic (your e-mail address and password) or with a personal access token (Bearer).");
    }

    /** A bearer token that is unknown, revoked or expired: RFC 6750's {@code invalid_token}. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"followthrough\", error=\"invalid_token\"");
        write(request, response, HttpStatus.UNAUTHORIZED,
                "This access token is unknown, revoked or expired; make a new one in your settings.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your account's role may not use this call.");
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, String detail)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
