package org.followthrough.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Problem documents written outside Spring MVC (filters, the error controller, security): the API and anyone who does
 * not ask for HTML get {@code application/problem+json}; a browser on a page gets an HTML page instead.
 */
@Component
public class Problems {

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /** True for the API and the API docs, and for a caller that does not accept HTML. */
    public static boolean wantsProblem(String path, HttpServletRequest request) {
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains("text/html") && !accept.contains("*/*")
                && !accept.contains("application/xhtml");
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

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, detail, null);
    }

    /** Writes a problem document; {@code field} names the part of the request at fault, where there is one. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                      @Nullable String field) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(safePath(request)));
        if (status == HttpStatus.BAD_REQUEST) {
            problem.setType(URI.create("/problems/invalid-input"));
            problem.setTitle("Invalid input");
        }
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String safePath(HttpServletRequest request) {
        String path = request.getRequestURI();
        try {
            return URI.create(path).getRawPath();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
