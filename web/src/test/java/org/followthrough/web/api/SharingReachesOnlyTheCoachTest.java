package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A share names an existing coach account, or is refused, and waits for the candidate to confirm the coach's name
 * ({@link PendingShareShowsNothingTest}); and nobody can sign up with an address that mixes scripts
 * or looks like a registered one, which would let them pass for that coach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class SharingReachesOnlyTheCoachTest {

    @LocalServerPort
    int port;
    Api api;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aShareToAnAddressWithNoCoachAccountIsRefusedAndWhoeverSignsUpLaterSeesNothing() {
        Caller ada = api.candidate("Ada");
        String address = "future-coach-" + tag + "@example.com";

        Reply refused = share(ada, address);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("field").asString()).isEqualTo("coachEmail");
        assertThat(refused.body().get("detail").asString()).contains("no coach has an account with the address " + address);
        assertThat(api.get("/api/v1/me/coaches", ada).body().size()).isZero();

        Caller later = signUp(address, "COACH");
        assertThat(api.get("/api/v1/coach/candidates", later).body().size()).isZero();
    }

    @Test
    void aCandidatesAddressIsNotACoach() {
        Caller ada = api.candidate("Ada");
        Caller ben = api.candidate("Ben");

        Reply refused = share(ada, ben.email());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asString()).isEqualTo("coachEmail");
    }

    @Test
    void aShareWithACoachShowsTheCoachsNameAndWaitsForItsConfirmation() {
        Caller ada = api.candidate("Ada");
        Caller cora = api.signUp("Cora", "Europe/Berlin", "DE-BY", "COACH");

        Reply shared = share(ada, cora.email().toUpperCase());

        assertThat(shared.status()).isEqualTo(202);
        assertThat(shared.body().get("coachName").asString()).isEqualTo("Cora");
        assertThat(shared.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(api.get("/api/v1/me/coaches", ada).body().get(0).get("coachName").asString()).isEqualTo("Cora");
        assertThat(api.get("/api/v1/coach/candidates", cora).body().size()).isZero();
    }

    @Test
    void signUpRefusesMixedScriptsAndLookAlikesOfARegisteredAddress() {
        signUp("cora-" + tag + "@example.com", "COACH");

        // a Cyrillic "о" among Latin letters
        assertEmailRefused(signUpReply("c\u043Era-" + tag + "@example.com"), "mixes letters of different scripts");
        // the domain with a Cyrillic "а"
        assertEmailRefused(signUpReply("ada-" + tag + "@ex\u0430mple.com"), "mixes letters of different scripts");
        // "rn" for "m": every letter Latin, but it reads the same as an existing address
        signUp("mia-" + tag + "@example.com", "CANDIDATE");
        assertEmailRefused(signUpReply("rnia-" + tag + "@example.com"), "looks like the address of an account");
        // all Cyrillic, a whole-script look-alike of "ace"
        signUp("ace" + tag.replaceAll("[^0-9]", "") + "@example.com", "CANDIDATE");
        assertEmailRefused(signUpReply("\u0430\u0441\u0435" + tag.replaceAll("[^0-9]", "") + "@example.com"),
                "looks like the address of an account");
        // an unrelated address still goes through
        assertThat(signUpReply("dana-" + tag + "@example.com").status()).isEqualTo(201);
    }

    private static void assertEmailRefused(Reply reply, String why) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("email");
        assertThat(reply.body().get("detail").asString()).contains(why);
    }

    private Reply share(Caller candidate, String coachEmail) {
        return api.post("/api/v1/me/coaches", candidate, """
                {"coachEmail": "%s", "shareTimeline": true}""".formatted(coachEmail));
    }

    private Reply signUpReply(String email) {
        return api.post("/api/v1/signup", null, """
                {"email": "%s", "password": "a long enough password", "displayName": "Someone",
                 "timeZone": "Europe/Berlin", "region": "DE-BY", "role": "COACH"}""".formatted(email));
    }

    private Caller signUp(String email, String role) {
        Reply reply = api.post("/api/v1/signup", null, """
                {"email": "%s", "password": "a long enough password", "displayName": "Someone",
                 "timeZone": "Europe/Berlin", "region": "DE-BY", "role": "%s"}""".formatted(email, role));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return new Caller(email, "a long enough password", UUID.fromString(reply.body().get("id").asString()));
    }
}
