package org.followthrough.application.reminders;

import org.followthrough.application.ApplicationTestApplication;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ApplicationTestApplication.class)
@FreshDatabase
class UnsubscribeLinksTest {

    private static final CandidateId ADA = CandidateId.of(UUID.fromString("00000000-0000-0000-0000-0000000000ad"));
    private static final CandidateId BOB = CandidateId.of(UUID.fromString("00000000-0000-0000-0000-0000000000b0"));

    @Autowired
    UnsubscribeLinks links;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aSignedTokenNamesItsCandidateOnEveryNode() {
        String token = links.tokenFor(ADA);

        assertThat(links.verify(token)).contains(ADA);
        assertThat(new UnsubscribeLinks(jdbc, clock).verify(token)).as("another node, the same secret").contains(ADA);
    }

    @Test
    void aTokenForAnotherCandidateOrAlteredOrMalformedIsRefused() {
        String adas = links.tokenFor(ADA);
        String signature = adas.substring(adas.indexOf('.') + 1);
        char last = signature.charAt(0);

        assertThat(links.verify(BOB.value() + "." + signature)).isEmpty();
        assertThat(links.verify(ADA.value() + "." + (last == 'A' ? 'B' : 'A') + signature.substring(1))).isEmpty();
        assertThat(links.verify(ADA.value() + ".")).isEmpty();
        assertThat(links.verify("not-a-token")).isEmpty();
        assertThat(links.verify("nobody." + signature)).isEmpty();
        assertThat(links.verify(ADA.value() + ".%%%")).isEmpty();
    }
}
