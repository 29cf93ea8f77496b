package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer "not found" with a page of ours, the same for someone else's opportunity as for a missing one. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    static final String VIEW = "error/not-found";

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(@AuthenticationPrincipal @Nullable SignedInUser me, HttpServletRequest request, Model model) {
        model.addAttribute("page", PageModel.context(me, request));
        return VIEW;
    }
}
