package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.auth.SignupForm;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.List;

/** The sign-in page (Spring Security checks the password) and the sign-up form. */
@Controller
class AuthPages {

    static final String LOGIN_VIEW = "auth/login";
    static final String SIGNUP_VIEW = "auth/signup";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private final AccountService accounts;
    private final SecurityContextRepository contextRepository;

    AuthPages(AccountService accounts, SecurityContextRepository contextRepository) {
        this.accounts = accounts;
        this.contextRepository = contextRepository;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return LOGIN_VIEW;
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        return signup(model, SignupForm.empty(), FormErrors.none());
    }

    @PostMapping("/signup")
    String signUp(@RequestParam(required = false) @Nullable String email,
                  @RequestParam(required = false) @Nullable String password,
                  @RequestParam(required = false) @Nullable String displayName,
                  @RequestParam(required = false) @Nullable String timeZone,
                  @RequestParam(required = false) @Nullable String region,
                  @RequestParam(required = false) @Nullable String role,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        SignupForm form = new SignupForm(email, displayName, timeZone, region, role);
        Role chosen = "COACH".equals(role) ? Role.COACH : Role.CANDIDATE;
        Account account;
        try {
            account = accounts.signUp(new SignUp(email, password, displayName, timeZone, region, chosen));
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return signup(model, form, FormErrors.of(violation.field(), violation.getMessage()));
        }
        signIn(new SignedInUser(account), request, response);
        return "redirect:/";
    }

    private String signup(Model model, SignupForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", ZONES);
        return SIGNUP_VIEW;
    }

    /** Signs the new account in at once, in a fresh session (no fixation). */
    private void signIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        user.eraseCredentials();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
