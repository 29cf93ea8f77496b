package org.followthrough.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The adapter runs each filter's work once per request, as OncePerRequestFilter did, and two never skip each other. */
class OncePerRequestTest {

    private final List<String> ran = new ArrayList<>();
    private final OncePerRequest.Work first = (request, response, chain) -> {
        ran.add("first");
        chain.doFilter(request, response);
    };
    private final OncePerRequest.Work second = (request, response, chain) -> {
        ran.add("second");
        chain.doFilter(request, response);
    };

    @Test
    void twoFiltersBehindTheAdapterBothRun() throws Exception {
        new MockFilterChain(new HttpServlet() {
        }, new OncePerRequest(first), new OncePerRequest(second))
                .doFilter(new MockHttpServletRequest("POST", "/login"), new MockHttpServletResponse());

        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aForwardWithinTheRequestDoesNotRunTheWorkAgain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        // the mark the first pass leaves, named after the work as OncePerRequestFilter named it after the filter
        request.setAttribute(first.getClass().getName() + ".FILTERED", Boolean.TRUE);
        request.setDispatcherType(DispatcherType.FORWARD);

        new OncePerRequest(first).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(ran).isEmpty();
    }
}
