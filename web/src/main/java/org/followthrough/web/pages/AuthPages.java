package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.accounts.Zones;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.auth.SignupForm;
import org.followthrough.site.forms.FormValues;
import org.followthrough.web.security.Sessions;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security checks the password) and the sign-up form. */
@Controller
record AuthPages(AccountService accounts, Sessions sessions, RegionChoices regions) {

    static final String LOGIN_VIEW = "auth/login";
    static final String SIGNUP_VIEW = "auth/signup";

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", "");
        return LOGIN_VIEW;
    }

    /** Where a throttled sign-in or sign-up is forwarded, already answered 429 with Retry-After: the form says why. */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, Model model) {
        Object why = request.getAttribute("org.followthrough.web.security.ThrottleFilter.retryAfter");
        model.addAttribute("failed", false);
        model.addAttribute("throttled", why == null ? "Too many attempts; try again later." : why.toString());
        return LOGIN_VIEW;
    }

    /** The region starts as the country the browser's language names, when it has holiday data. */
    @GetMapping("/signup")
    String signupForm(HttpServletRequest request, Model model) {
        String guess = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? "" : regions.guessFrom(request.getLocale());
        return signup(model, SignupForm.empty(guess), FormErrors.none());
    }

    /** What was typed comes back with the mistake, all but the password. */
    @PostMapping("/signup")
    String signUp(@Valid SignUp typed, BindingResult binding, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        FormValues sent = Forms.typed(request);
        SignupForm form = new SignupForm(sent.get("email"), sent.get("displayName"), sent.get("timeZone"),
                sent.get("region"), sent.get("role"));
        try {
            if (binding.hasErrors()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return signup(model, form, Forms.errors(binding));
            }
            sessions.signIn(accounts.signUp(typed), request, response);
            return "redirect:/";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return signup(model, form, Forms.errors(violation));
        }
    }

    private String signup(Model model, SignupForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", Zones.CHOICES);
        model.addAttribute("regions", regions.around(form.region() == null ? "" : form.region()));
        return SIGNUP_VIEW;
    }
}
