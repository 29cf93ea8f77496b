package org.followthrough.web.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.web.problems.Problems;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * Replaces Spring Boot's error controller: whatever Tomcat or a filter refused before a controller was reached is
 * answered as a problem document on the API and as one of our pages elsewhere; {@code /error} asked for directly is
 * simply not found (it used to answer 500).
 */
@Controller
record ErrorPages(Problems problems) implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    @Nullable
    String error(@AuthenticationPrincipal @Nullable SignedInUser me, HttpServletRequest request,
                 HttpServletResponse response, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String original ? original : request.getRequestURI();
        if (Problems.wantsProblem(path, request)) {
            problems.write(request, response, Problems.of(status));
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("page", PageModel.context(me, request));
        if (status == HttpStatus.NOT_FOUND) {
            return PageErrors.VIEW;
        }
        model.addAttribute("status", status.value());
        model.addAttribute("title", status.getReasonPhrase());
        model.addAttribute("detail", Problems.detail(status));
        return "error/problem";
    }
}
