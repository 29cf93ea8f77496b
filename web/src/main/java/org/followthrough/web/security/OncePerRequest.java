package org.followthrough.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Runs a filter's {@link Work} as {@link OncePerRequestFilter} runs its body: once per request, not again on the
 * forward to the throttled sign-in page nor on an error or async dispatch. The mark that it ran is named after the
 * work's class ({@code …ThrottleFilter.FILTERED}), so that two filters behind this adapter never skip each other.
 */
final class OncePerRequest extends OncePerRequestFilter {

    /** What a filter does with a request. */
    interface Work {
        void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException;
    }

    private final Work work;

    OncePerRequest(Work work) {
        this.work = work;
    }

    @Override
    protected String getAlreadyFilteredAttributeName() {
        return work.getClass().getName() + ALREADY_FILTERED_SUFFIX;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        work.filter(request, response, chain);
    }
}
