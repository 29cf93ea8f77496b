package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.followthrough.application.projection.ProjectionStalled;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.web.Unreadable;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer "not found" with a page of ours, the same for someone else's opportunity as for a missing one. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    static final String VIEW = "error/not-found";
    static final String STALLED = "error/stalled";

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(@AuthenticationPrincipal @Nullable SignedInUser me, HttpServletRequest request, Model model) {
        model.addAttribute("page", PageModel.context(me, request));
        return VIEW;
    }

    /**
     * An address that cannot be read ({@code /opportunities/nope}) names nothing: not found. A link's parameter that
     * cannot be read ({@code ?interviewId=nope}) is a bad request, answered 400 with a page naming it.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String unreadable(MethodArgumentTypeMismatchException mismatch, @AuthenticationPrincipal @Nullable SignedInUser me,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return notFound(me, request, model);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("page", PageModel.context(me, request));
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        model.addAttribute("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
        model.addAttribute("detail", mismatch.getName() + ": " + Unreadable.of(mismatch));
        return "error/problem";
    }

    /** Recorded, but a view will not show it soon (parked, or its processor failing): said at once, not after a wait. */
    @ExceptionHandler(ProjectionStalled.class)
    String stalled(ProjectionStalled stalled, @AuthenticationPrincipal @Nullable SignedInUser me,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, stalled.parked() ? "60" : "5");
        model.addAttribute("page", PageModel.context(me, request));
        model.addAttribute("detail", stalled.getMessage());
        return STALLED;
    }
}
