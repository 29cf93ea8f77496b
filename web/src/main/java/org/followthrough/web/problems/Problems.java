package org.followthrough.web.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one home of the API's problem documents ({@code application/problem+json}): what each kind of problem says and
 * how it is typed, for the API's exception handler ({@code ApiProblems}), and written here for what answers outside
 * Spring MVC — the filters, the security layer's 401 and 403, the error controller, Tomcat's own refusals. The API and
 * anyone who does not ask for HTML get a problem document; a browser on a page gets one of our pages instead.
 */
@Component
public class Problems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final URI INVALID_INPUT = URI.create("/problems/invalid-input");
    public static final URI NOT_FOUND = URI.create("/problems/not-found");
    public static final URI CONFLICT = URI.create("/problems/conflict");
    public static final URI PROJECTION_STALLED = URI.create("/problems/projection-stalled");
    private static final String REALM = " realm=\"followthrough\"";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /** One fault in the input: the field at fault (a JSON path such as {@code interviewers[0].email}) and why. */
    public record FieldError(String field, String message) {
    }

    /**
     * Bad input: {@code field} names the first fault, {@code errors} lists them all, the detail says them in one line.
     * Nothing has been stored when one is returned.
     */
    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = typed(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ")));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.getFirst().field());
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Nothing of that name among the caller's own, said alike whether it never existed or is someone else's. */
    public static ProblemDetail notFound(String thing) {
        return typed(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", "No such " + thing + ".");
    }

    public static ProblemDetail conflict(String title, String detail) {
        return typed(HttpStatus.CONFLICT, CONFLICT, title, detail);
    }

    public static ProblemDetail tooLarge(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setTitle("Request too large");
        problem.setProperty("field", "body");
        return problem;
    }

    /** The problem for a status when no more is known than the status. */
    public static ProblemDetail of(HttpStatus status) {
        return ProblemDetail.forStatusAndDetail(status, detail(status));
    }

    public static ProblemDetail typed(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** True for the API and the API docs, and for a caller that does not accept HTML. */
    public static boolean wantsProblem(@Nullable String path, @Nullable String accept) {
        if (path == null || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/")) {
            return true;
        }
        return accept != null && !accept.contains("text/html") && !accept.contains("*/*")
                && !accept.contains("application/xhtml");
    }

    public static boolean wantsProblem(String path, HttpServletRequest request) {
        return wantsProblem(path, request.getHeader(HttpHeaders.ACCEPT));
    }

    /** What we say for a status when no more is known. */
    public static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing here.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            case NOT_ACCEPTABLE -> "This address cannot answer in a format you accept.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not take a body of that type.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            case FORBIDDEN -> "You may not do this.";
            case UNAUTHORIZED -> "Sign in first.";
            case BAD_REQUEST -> "The request could not be read.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side; nothing was recorded. Please try again."
                    : status.getReasonPhrase();
        };
    }

    /** Writes a problem document; {@code field} names the part of the request at fault, where there is one. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                      @Nullable String field) throws IOException {
        ProblemDetail problem = status == HttpStatus.BAD_REQUEST
                ? typed(status, INVALID_INPUT, "Invalid input", detail) : ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(new FieldError(field, detail)));
        }
        write(request, response, problem);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(safePath(request.getRequestURI())));
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The document as text, for a writer that has no servlet response (Tomcat's error report). */
    public String text(ProblemDetail problem) {
        return json.writeValueAsString(problem);
    }

    /** No sign-in, or one that failed: 401, with both ways to sign in offered. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic" + REALM);
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer" + REALM);
        write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic (your e-mail address and password) or with a personal access token (Bearer)."));
    }

    /** A bearer token that is unknown, revoked or expired: RFC 6750's {@code invalid_token}. */
    public void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer" + REALM + ", error=\"invalid_token\"");
        write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "This access token is unknown, revoked or expired; make a new one in your settings."));
    }

    /** Signed in, but the account's role may not: 403. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your account's role may not use this call."));
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    public void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail));
    }

    private static String safePath(@Nullable String path) {
        try {
            return path == null ? "/" : URI.create(path).getRawPath();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
