package org.followthrough.web.security;

import org.followthrough.application.accounts.AccessTokens;
import org.followthrough.web.problems.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import java.time.Clock;
import java.util.Map;

/**
 * Two doors: {@code /api/**} takes HTTP Basic or a personal access token ({@code Bearer}) on every request and keeps
 * no session (JSON bodies only, so a cross-site form cannot post to it); the pages use a login form, a session and
 * CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, AccessTokens tokens, Throttle throttle)
            throws Exception {
        return http
                .securityMatcher("/api/**")
                .addFilterBefore(new AccessTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/signup").permitAll()
                        .requestMatchers("/api/v1/me/tokens", "/api/v1/me/tokens/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/regions").permitAll()
                        .requestMatchers("/api/v1/opportunities/**", "/api/v1/timeline", "/api/v1/due-actions", "/api/v1/me/**").hasRole("CANDIDATE")
                        .requestMatchers("/api/v1/coach/**").hasRole("COACH")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        return openWithoutSession(http, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The calendar feed and unsubscribing from the digest: the unguessable or signed token in the address is the key, so
     * no sign-in, no session and no CSRF token (a mail client's one-click unsubscribe posts with none).
     */
    @Bean
    @Order(3)
    SecurityFilterChain tokenLinks(HttpSecurity http) throws Exception {
        return openWithoutSession(http, "/calendar/**", "/unsubscribe/**")
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, SecurityContextRepository contextRepository, Throttle throttle,
                              Problems problems) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", ThrottleFilter.THROTTLED_PAGE, "/signup", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/timeline", "/timeline/**", "/opportunities/**", "/settings", "/me/**",
                                "/insights", "/insights/**").hasRole("CANDIDATE")
                        .requestMatchers("/coach", "/coach/**").hasRole("COACH")
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/"))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .addFilterBefore(new ThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** A chain for {@code paths} that anyone may reach, with no session. */
    private static HttpSecurity openWithoutSession(HttpSecurity http, String... paths) throws Exception {
        return http
                .securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /**
     * The session cookie (the session itself lives in PostgreSQL): out of scripts' reach, not sent with cross-site
     * posts, {@code Secure} whenever the request came over HTTPS. Declared here so that it holds however the app is
     * deployed (Boot maps {@code server.servlet.session.cookie.*} only onto an embedded server's sessions).
     */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    /** The clock the abuse limits count in; a test may put its own in place ({@code @Primary}). */
    @Bean
    Throttle.ThrottleClock throttleClock(Clock clock) {
        return Throttle.ThrottleClock.of(clock);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Spring Security's delegating encoder ({@code {bcrypt}…} hashes), with a configurable bcrypt cost. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${followthrough.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
