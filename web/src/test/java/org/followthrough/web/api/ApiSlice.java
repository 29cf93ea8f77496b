package org.followthrough.web.api;

import org.followthrough.infra.crypto.MasterKey;
import org.followthrough.infra.json.DomainJacksonModule;
import org.followthrough.infra.testing.TestPostgres;
import org.followthrough.web.ControllerSlice;
import org.followthrough.web.security.SignedInUser;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API's slice tests ({@link ApiSliceOf}) add to every controller slice ({@link ControllerSlice}: the fixed
 * clock, Ada, the problem writer): the domain's JSON shapes, the page cursors, and how bad input must answer.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiSlice {

    static final Instant NOW = ControllerSlice.Fixtures.NOW;
    static final UUID ADA = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final SignedInUser ada = ControllerSlice.Fixtures.ada(ADA);

    @Bean
    DomainJacksonModule domainJacksonModule() {
        return new DomainJacksonModule();
    }

    @Bean
    PageCursors pageCursors() {
        return new PageCursors(MasterKey.fromBase64(TestPostgres.MASTER_KEY));
    }

    /** 400, a problem document naming {@code field} first and in its detail. */
    static void assertProblem(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(field);
    }
}
