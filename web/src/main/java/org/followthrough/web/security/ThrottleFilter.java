package org.followthrough.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.web.problems.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts {@link Throttle} in front of the two ways to sign in and the two ways to sign up. On the API (HTTP Basic on
 * every call, and {@code POST /api/v1/signup}) a blocked attempt answers 429 problem+json with {@code Retry-After};
 * on the pages ({@code POST /login}, {@code POST /signup}) it answers 429 with the sign-in page saying how long to
 * wait. A failure is what the door answers to a wrong password: 401 on the API, the redirect to
 * {@code /login?error} on the form.
 */
class ThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/login/throttled";
    static final String RETRY_AFTER = ThrottleFilter.class.getName() + ".retryAfter";

    private final Throttle throttle;
    private final Problems problems;

    ThrottleFilter(Throttle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        boolean post = "POST".equals(request.getMethod());
        String path = request.getServletPath();
        if (post && (path.equals("/api/v1/signup") || path.equals("/signup"))) {
            long wait = throttle.signUpBlockedFor(address);
            if (wait > 0) {
                refuse(request, response, wait, path.startsWith("/api/"),
                        "Too many sign-ups from your address; try again in " + minutes(wait) + ".");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String account = path.startsWith("/api/") ? basicUser(request) : post && path.equals("/login")
                ? request.getParameter("email") : null;
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        long wait = throttle.signInBlockedFor(account, address);
        if (wait > 0) {
            refuse(request, response, wait, path.startsWith("/api/"),
                    "Too many failed sign-ins; try again in " + minutes(wait) + ".");
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
                || (!path.startsWith("/api/") && location != null && location.contains("/login?error"))) {
            throttle.signInFailed(account, address);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long wait, boolean api, String detail)
            throws IOException, ServletException {
        if (api) {
            problems.tooManyAttempts(request, response, wait, detail);
            return;
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        request.setAttribute(RETRY_AFTER, detail);
        request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    /** The account an HTTP Basic header names, read as the Basic sign-in itself reads it; none, or unreadable: null. */
    private static @Nullable String basicUser(HttpServletRequest request) {
        UsernamePasswordAuthenticationToken basic = BasicHeader.of(request);
        return basic == null ? null : basic.getName();
    }
}
