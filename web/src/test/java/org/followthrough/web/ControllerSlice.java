package org.followthrough.web;

import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.candidate.Region;
import org.followthrough.web.problems.Problems;
import org.followthrough.web.security.SignedInUser;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A {@code @WebMvcTest} slice of the controllers named: no database (a datasource URL that goes nowhere keeps the
 * embedded PostgreSQL from starting), the clock fixed at {@link Fixtures#NOW}, the problem documents; use cases are
 * {@code @MockitoBean}s of the test. {@link Fixtures#ada} is a candidate to sign in as.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none")
@Import({ControllerSlice.Fixtures.FixedClock.class, Problems.class})
public @interface ControllerSlice {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

    /** What every slice shares: the time it runs at and who is signed in. */
    final class Fixtures {

        public static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

        private Fixtures() {
        }

        /** Ada, a candidate in Berlin (region DE-BY), signed up at {@link #NOW}. */
        public static SignedInUser ada(UUID id) {
            return new SignedInUser(new Account(id, "ada@example.com", "{noop}secret", "Ada", Role.CANDIDATE,
                    ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), NOW));
        }

        @TestConfiguration(proxyBeanMethods = false)
        static class FixedClock {
            @Bean
            Clock clock() {
                return Clock.fixed(NOW, ZoneOffset.UTC);
            }
        }
    }
}
