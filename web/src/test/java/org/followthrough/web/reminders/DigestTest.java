package org.followthrough.web.reminders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.followthrough.application.reminders.Digests;
import org.followthrough.infra.testing.TestPostgres;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.FollowthroughApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The morning digest as a mail client receives it (GreenMail, an SMTP server in this JVM), sent by two app nodes on
 * one database whose shared clock the test moves across 08:00 in Berlin and in New York.
 */
class DigestTest {

    /** Thursday 12 March 2026; Berlin is UTC+1, New York already on summer time, UTC-4. */
    private static final Instant BEFORE_BERLIN_MORNING = Instant.parse("2026-03-12T06:30:00Z");
    private static final Instant BERLIN_0801 = Instant.parse("2026-03-12T07:01:00Z");
    private static final Instant NEW_YORK_0801 = Instant.parse("2026-03-12T12:01:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private static final String INTERVIEW = """
            {"startedAt": "2026-03-10T14:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00",
             "interviewers": [{"name": "Grace Hopper", "title": "Engineering Manager", "email": "grace@acme.example"}],
             "decision": {"kind": "DATE", "date": "2026-03-20"}}""";

    private final SettableClock clock = new SettableClock(BEFORE_BERLIN_MORNING);
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private GreenMail smtp;
    private TestPostgres.Database database;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        database = TestPostgres.createDatabase();
        nodes.add(node());
        nodes.add(node());
    }

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        smtp.stop();
        database.drop();
    }

    @Test
    void twoNodesSendEachCandidateOneDigestADayAtTheirMorningAndNoneWhenNothingIsDueOrAfterUnsubscribing() throws Exception {
        Api api = new Api(port(nodes.get(0)));
        Caller ada = api.signUp("Ada", "Europe/Berlin", "DE-BY", "CANDIDATE");
        Caller bob = api.signUp("Bob", "America/New_York", "US-NY", "CANDIDATE");
        Caller cleo = api.signUp("Cleo", "Europe/Berlin", "DE-BY", "CANDIDATE");
        String adas = interviewed(api, ada, "Acme");
        interviewed(api, bob, "Globex");

        sweepOnBothNodes();
        assertThat(smtp.getReceivedMessages()).as("before 08:00 anywhere").isEmpty();

        clock.set(BERLIN_0801);
        sweepOnBothNodes();
        await().until(() -> smtp.getReceivedMessages().length >= 1);
        sweepOnBothNodes();
        assertThat(recipients()).containsExactly(ada.email());

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("Today: ").contains("overdue");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:\\d+/unsubscribe/[^>]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).startsWith("Good morning Ada,").contains("OVERDUE", "Thank Grace Hopper", "Acme")
                .containsPattern("http://localhost:\\d+/opportunities/" + adas)
                .containsPattern("Stop these e-mails: http://localhost:\\d+/unsubscribe/");
        assertThat(html).containsPattern("<a href=\"http://localhost:\\d+/opportunities/" + adas + "\">Thank Grace Hopper")
                .contains("Stop these e-mails</a>");

        nodes.remove(1).close();
        nodes.add(node());
        sweepOnBothNodes();
        assertThat(recipients()).as("a restarted node repeats nothing").containsExactly(ada.email());

        clock.set(NEW_YORK_0801);
        sweepOnBothNodes();
        await().until(() -> smtp.getReceivedMessages().length >= 2);
        sweepOnBothNodes();
        assertThat(recipients()).containsExactly(ada.email(), bob.email());
        assertThat(delivery(cleo)).as("nothing due: nothing sent").isEqualTo("EMPTY");

        String unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("no more morning digests");
        assertThat(api.get("/api/v1/me/settings", ada).body().get("digestEnabled").asBoolean()).isFalse();

        clock.set(BERLIN_0801.plus(DAY));
        sweepOnBothNodes();
        clock.set(NEW_YORK_0801.plus(DAY));
        sweepOnBothNodes();
        await().until(() -> smtp.getReceivedMessages().length >= 3);
        sweepOnBothNodes();
        assertThat(recipients()).as("Ada unsubscribed; Bob's second morning")
                .containsExactly(ada.email(), bob.email(), bob.email());
    }

    @Test
    void aFailedSendIsRetriedWithBackOffAndShownToTheAdministratorUntilItGoes() throws Exception {
        Api api = new Api(port(nodes.get(0)));
        Caller ada = api.signUp("Ada", "Europe/Berlin", "DE-BY", "CANDIDATE");
        interviewed(api, ada, "Acme");
        int port = smtp.getSmtp().getPort();
        smtp.stop();

        clock.set(BERLIN_0801);
        sweepOnBothNodes();
        List<Digests.Failure> failures = nodes.get(0).getBean(Digests.class).failures();
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.nextAttempt()).isEqualTo(BERLIN_0801.plus(Duration.ofMinutes(1)));
        });

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sweepOnBothNodes();
        assertThat(smtp.getReceivedMessages()).as("not before its next attempt").isEmpty();

        clock.set(BERLIN_0801.plus(Duration.ofMinutes(1)));
        sweepOnBothNodes();
        await().until(() -> smtp.getReceivedMessages().length >= 1);
        assertThat(recipients()).containsExactly(ada.email());
        assertThat(nodes.get(0).getBean(Digests.class).failures()).isEmpty();
        assertThat(delivery(ada)).isEqualTo("SENT");
    }

    @Test
    void theTestButtonSendsTodaysDigestAtOnceEvenWithNothingDue() throws Exception {
        Api api = new Api(port(nodes.get(0)));
        Caller cleo = api.signUp("Cleo", "Europe/Berlin", "DE-BY", "CANDIDATE");

        Api.Reply sent = api.post("/api/v1/me/digest/test", cleo, "");

        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.body().get("to").asString()).isEqualTo(cleo.email());
        assertThat(recipients()).containsExactly(cleo.email());
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Today: nothing due");
        assertThat(part(smtp.getReceivedMessages()[0], "text/plain")).contains("Nothing is overdue");
    }

    /** Both nodes sweep at the same moment, as two schedulers might. */
    private void sweepOnBothNodes() {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> sweeps = nodes.stream().map(node -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return node.getBean(Digests.class).sweep();
        })).toList();
        go.countDown();
        sweeps.forEach(CompletableFuture::join);
    }

    private String interviewed(Api api, Caller caller, String company) {
        String opportunity = api.open(caller, company, "Backend Engineer");
        Api.Reply held = api.post("/api/v1/opportunities/" + opportunity + "/interviews", caller, INTERVIEW);
        assertThat(held.status()).isEqualTo(201);
        await().until(() -> !api.get("/api/v1/due-actions", caller).body().get("actions").isEmpty());
        return opportunity;
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress())
                    .forEach(to::add);
        }
        return to;
    }

    private String delivery(Caller caller) {
        return nodes.get(0).getBean(JdbcClient.class)
                .sql("SELECT state FROM digest_delivery WHERE candidate_id = ?").param(caller.id())
                .query(String.class).single();
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        String found = find(mail.getContent(), type);
        assertThat(found).as(type + " part").isNotNull();
        return found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(FollowthroughApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                // as command-line arguments: they win over application.properties (builder properties would not)
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.server().user(),
                        "--spring.datasource.password=" + database.server().password(),
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--followthrough.master-key=" + TestPostgres.MASTER_KEY,
                        "--followthrough.mail.host=127.0.0.1",
                        "--followthrough.mail.port=" + smtp.getSmtp().getPort(),
                        "--followthrough.mail.starttls=false",
                        "--followthrough.mail.timeout-ms=2000",
                        "--followthrough.mail.from=digest@followthrough.test");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

}
