package org.followthrough.web.problems;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.followthrough.application.projection.ProjectionStalled;
import org.followthrough.domain.candidate.CoachNameMismatch;
import org.followthrough.domain.candidate.NoPendingShare;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.web.Unreadable;
import org.followthrough.web.problems.Problems.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.List;
import java.util.Map;

/**
 * Every API error is an {@code application/problem+json} document, built by {@link Problems} (the one home of what
 * each problem says). Bad input names the field at fault in {@code field} and lists all faults in {@code errors};
 * nothing has been stored when one is returned.
 */
@RestControllerAdvice(basePackages = "org.followthrough.web.api")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String OPPORTUNITY = "opportunity";
    private static final String TOO_LARGE = "The request body is too large.";
    /** What the id at the start of a path names, as the use case behind it says when it finds nothing. */
    private static final Map<String, String> ID_IN_PATH = Map.of(
            "/api/v1/opportunities/", OPPORTUNITY,
            "/api/v1/me/tokens/", "access token",
            "/api/v1/admin/dead-letters/", "dead letter");

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        return Problems.invalid(List.of(new FieldError(violation.field(), violation.getMessage())));
    }

    @ExceptionHandler(StateConflict.class)
    ProblemDetail conflict(StateConflict conflict) {
        return Problems.conflict("Conflicts with what is recorded", conflict.getMessage());
    }

    /** The coach's name confirmed is not the account's current one: the field, and the name to confirm instead. */
    @ExceptionHandler(CoachNameMismatch.class)
    ProblemDetail coachRenamed(CoachNameMismatch mismatch) {
        ProblemDetail problem = Problems.conflict("The coach's name is not the one confirmed", mismatch.getMessage());
        problem.setProperty("field", mismatch.field());
        problem.setProperty("currentCoachName", mismatch.currentName());
        return problem;
    }

    @ExceptionHandler(NoPendingShare.class)
    ProblemDetail noPendingShare(NoPendingShare none) {
        return Problems.typed(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
                "Nothing is waiting for your confirmation at that address; ask to share first.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException exception) {
        return Problems.conflict("Changed at the same time",
                "The opportunity changed while this was being recorded; send it again.");
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        return Problems.notFound(notFound.thing());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException exception) {
        return Problems.notFound(OPPORTUNITY);
    }

    /** Recorded, but a read model will not show it soon: said at once, rather than after seconds of waiting. */
    @ExceptionHandler(ProjectionStalled.class)
    ResponseEntity<ProblemDetail> stalled(ProjectionStalled stalled) {
        ProblemDetail problem = Problems.typed(HttpStatus.SERVICE_UNAVAILABLE, Problems.PROJECTION_STALLED,
                stalled.parked() ? "Recorded, but set aside by a view" : "Recorded, but a view is failing",
                stalled.getMessage());
        problem.setProperty("processor", stalled.processor());
        problem.setProperty("opportunityId", stalled.opportunityId().toString());
        problem.setProperty("sequence", stalled.sequence());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, stalled.parked() ? "60" : "5")
                .body(problem);
    }

    /** A JSON document that parsed but whose parts are not what the import expects (read node by node). */
    @ExceptionHandler(JacksonException.class)
    ProblemDetail unreadableDocument(JacksonException exception) {
        String field = exception.getPath().isEmpty() ? "body" : path(exception.getPath());
        return Problems.invalid(List.of(new FieldError(field, "could not be read")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        if (BodyTooLarge.in(exception)) {
            return Problems.tooLarge(TOO_LARGE);
        }
        log.error("Unexpected error in an API call", exception);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (BodyTooLarge.in(exception)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.tooLarge(TOO_LARGE));
        }
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(unreadable(exception))));
    }

    /**
     * An id in the path that cannot be read names nothing: answered exactly as an id that names nothing of the
     * caller's, so that neither tells anyone more than the other. A query parameter that cannot be read is bad input.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception, HttpServletRequest request) {
        if (exception.getParameter().hasParameterAnnotation(PathVariable.class)) {
            String path = request.getRequestURI();
            return ID_IN_PATH.entrySet().stream().filter(named -> path.startsWith(named.getKey())).findFirst()
                    .map(named -> Problems.notFound(named.getValue()))
                    .orElseGet(() -> Problems.typed(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
                            Problems.detail(HttpStatus.NOT_FOUND)));
        }
        return Problems.invalid(List.of(new FieldError(exception.getName(), Unreadable.of(exception))));
    }

    private static FieldError unreadable(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof StreamReadException syntax) {
            var location = syntax.getLocation();
            return new FieldError("body", "is not valid JSON" + (location == null ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson.getPath());
            if (cause instanceof InvalidFormatException format) {
                return new FieldError(field, "'" + format.getValue() + "' " + Unreadable.expected(format.getTargetType()));
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return new FieldError(field, Unreadable.expected(mismatch.getTargetType()));
            }
            return new FieldError(field, "could not be read");
        }
        return new FieldError("body", "is missing or is not a JSON document");
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
