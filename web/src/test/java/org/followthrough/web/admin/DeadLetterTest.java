package org.followthrough.web.admin;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.followthrough.web.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A poison event — one the projections cannot store (a moment past PostgreSQL's last timestamp), written straight into
 * the event store past every rule — parks its opportunity, and nobody else notices: another candidate's writes are
 * answered and visible at once, the admin sees the dead letter (API, page, metric, health) and can retry or drop it,
 * and a rebuild finishes with the poison parked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "followthrough.admin.email=admin@followthrough.test", "followthrough.admin.password=an admin password"})
@AutoConfigureMockMvc
@FreshDatabase
class DeadLetterTest {

    /** Beyond PostgreSQL's timestamptz (294276 AD), well within Java's and Jackson's. */
    private static final Instant BEYOND_THE_DATABASE = Instant.parse("+295000-01-01T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Accounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    Serializer serializer;

    Api api;
    Caller admin;
    Caller ada;
    Caller bob;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = new Caller("admin@followthrough.test", "an admin password", UUID.randomUUID());
        ada = api.candidate("Ada");
        bob = api.candidate("Bob");
    }

    @Test
    void aPoisonEventParksItsOpportunityAndEveryoneElsesWritesAppearAtOnce() throws Exception {
        OpportunityId poisoned = poison(ada);

        String bobs = api.open(bob, "Globex", "Platform Engineer");
        Reply interview = api.post("/api/v1/opportunities/" + bobs + "/interviews", bob, """
                {"startedAt":"2026-11-20T14:00:00+01:00","endedAt":"2026-11-20T15:00:00+01:00",
                 "interviewers":[{"name":"Grace Hopper","title":"Engineering Manager"}],
                 "decision":{"kind":"DATE","date":"2026-11-27"}}""");
        assertThat(interview.status()).isEqualTo(201);
        // read-your-writes: visible in the very next reads, with no waiting in the test
        assertThat(api.get("/api/v1/timeline?limit=50", bob).raw().body()).contains(bobs, "InterviewHeld");
        assertThat(api.get("/api/v1/due-actions", bob).raw().body()).contains(bobs, "THANK_YOU");
        awaitParked(poisoned);

        Reply letters = api.get("/api/v1/admin/dead-letters", admin);
        assertThat(letters.status()).isEqualTo(200);
        JsonNode timelineLetter = letter(letters.body(), "candidate-timeline", poisoned);
        assertThat(timelineLetter.get("eventType").asString()).isEqualTo("OpportunityOpened");
        assertThat(timelineLetter.get("candidateId").asString()).isEqualTo(ada.id().toString());
        assertThat(timelineLetter.get("firstSequence").asLong()).isZero();
        assertThat(timelineLetter.get("attempts").asInt()).isEqualTo(1);
        assertThat(timelineLetter.get("events").asInt()).isEqualTo(2);
        assertThat(timelineLetter.get("lastSequence").asLong()).isEqualTo(1);
        assertThat(letter(letters.body(), "due-actions", poisoned).get("candidateId").asString())
                .isEqualTo(ada.id().toString());
        assertThat(timelineLetter.get("error").asString()).containsIgnoringCase("out of range");
        assertThat(timelineLetter.get("firstFailedAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/admin/dead-letters", bob).status()).isEqualTo(403);

        long parkedByTheTimeline = letters.body().valueStream()
                .filter(letter -> letter.get("processor").asString().equals("candidate-timeline")).count();
        assertThat(parkedByTheTimeline).isPositive();
        assertThat(meters.get("followthrough.projection.dead_letters").tag("processor", "candidate-timeline").gauge()
                .value()).isEqualTo(parkedByTheTimeline);
        assertThat(meters.get("followthrough.projection.dead_letters").tag("processor", "coach-sharing").gauge()
                .value()).isZero();
        SignedInUser administrator = new SignedInUser(accounts.byEmail(EmailAddress.parse("email", "admin@followthrough.test"))
                .orElseThrow());
        mvc.perform(get("/actuator/health/deadLetters").with(user(administrator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.details.byProcessor.candidate-timeline").value((int) parkedByTheTimeline));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/admin").with(user(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dead letters"), containsString(poisoned.toString()),
                        containsString("OpportunityOpened"), containsString("out of range"),
                        containsString("/admin/dead-letters/" + timelineLetter.get("id").asLong() + "/retry"),
                        containsString("Retry all"))));

        // Ada writing to the parked opportunity is told at once, not held for seconds
        Reply parked = api.post("/api/v1/opportunities/" + poisoned + "/replies", ada, """
                {"receivedAt":"2026-11-21T10:00:00Z","kind":"%s","note":"We will be in touch"}""".formatted("UPDATE"));
        assertThat(parked.status()).isEqualTo(503);
        assertThat(parked.contentType()).contains("application/problem+json");
        assertThat(parked.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(parked.body().get("type").asString()).isEqualTo("/problems/projection-stalled");
        assertThat(parked.body().get("sequence").asLong()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> letter(api.get("/api/v1/admin/dead-letters", admin).body(),
                "candidate-timeline", poisoned).get("events").asInt() == 3);

        // a retry that still fails keeps it parked, one attempt more; a drop lets it go
        long id = timelineLetter.get("id").asLong();
        Reply retried = api.post("/api/v1/admin/dead-letters/" + id + "/retry", admin, "{}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("handled").asBoolean()).isFalse();
        assertThat(letter(api.get("/api/v1/admin/dead-letters", admin).body(), "candidate-timeline", poisoned)
                .get("attempts").asInt()).isEqualTo(2);
        mvc.perform(post("/admin/dead-letters/" + id + "/drop").with(csrf()).with(user(administrator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin").with(user(administrator)))
                .andExpect(content().string(not(containsString("/admin/dead-letters/" + id + "/retry"))));
        assertThat(api.delete("/api/v1/admin/dead-letters/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void aRetryAfterTheCauseIsGoneWritesTheParkedEntries() {
        OpportunityId poisoned = poison(ada);
        String bobs = api.open(bob, "Globex", "Platform Engineer");
        assertThat(api.get("/api/v1/timeline?limit=50", bob).raw().body()).contains(bobs);
        awaitParked(poisoned);
        long id = letter(api.get("/api/v1/admin/dead-letters", admin).body(), "candidate-timeline", poisoned)
                .get("id").asLong();

        // the cause fixed: the stored moments corrected (as an operator or an upcaster would)
        jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '+295000-', '2026-'), 'UTF8')
                        WHERE aggregateidentifier = ?""")
                .param(poisoned.toString()).update();
        Reply retried = api.post("/api/v1/admin/dead-letters/" + id + "/retry", admin, "{}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("handled").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_entry WHERE opportunity_id = ?")
                .param(poisoned.value()).query(Long.class).single()).isEqualTo(2);
        assertThat(api.get("/api/v1/timeline?limit=50", ada).raw().body()).contains(poisoned.toString(), "InterviewHeld");

        Reply all = api.post("/api/v1/admin/dead-letters/retry-all", admin, "{}");
        assertThat(all.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/dead-letters", admin).body().valueStream())
                .noneMatch(letter -> letter.get("streamId").asString().equals(poisoned.toString()));
        assertThat(api.get("/api/v1/due-actions", ada).raw().body()).contains(poisoned.toString(), "THANK_YOU");
        // and the opportunity is followed again as any other
        Reply reply = api.post("/api/v1/opportunities/" + poisoned + "/replies", ada, """
                {"receivedAt":"2026-11-21T10:00:00Z","kind":"UPDATE","note":"Still deciding"}""");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/timeline?limit=50", ada).raw().body()).contains("Still deciding");
    }

    @Test
    void aRebuildFinishesWithThePoisonParkedAndEveryoneElsesRowsComplete() {
        String bobs = api.open(bob, "Globex", "Platform Engineer");
        OpportunityId poisoned = poison(ada);
        awaitParked(poisoned);
        Reply interview = api.post("/api/v1/opportunities/" + bobs + "/interviews", bob, """
                {"startedAt":"2026-11-20T14:00:00+01:00","endedAt":"2026-11-20T15:00:00+01:00",
                 "interviewers":[{"name":"Grace Hopper"}],"decision":{"kind":"NONE"}}""");
        assertThat(interview.status()).isEqualTo(201);
        String bobsTimeline = entries(api.get("/api/v1/timeline?limit=50", bob));
        String bobsActions = api.get("/api/v1/due-actions", bob).body().get("actions").toString();

        assertThat(api.post("/api/v1/admin/rebuilds", admin, "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).until(rebuilds::finished);

        Reply status = api.get("/api/v1/admin/rebuilds", admin);
        assertThat(status.body().get("processors").valueStream())
                .allSatisfy(processor -> assertThat(processor.get("processed").asLong())
                        .isGreaterThanOrEqualTo(processor.get("total").asLong()));
        assertThat(entries(api.get("/api/v1/timeline?limit=50", bob))).isEqualTo(bobsTimeline);
        assertThat(api.get("/api/v1/due-actions", bob).body().get("actions").toString()).isEqualTo(bobsActions);
        assertThat(letter(api.get("/api/v1/admin/dead-letters", admin).body(), "candidate-timeline", poisoned)
                .get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aRebuildOfTheCandidateProjectionsParksACandidateWhoseEventsItCannotStoreAndFinishes() {
        CandidateId unstorable = CandidateId.of(UUID.randomUUID());
        CandidateRegistered registered = new CandidateRegistered(unstorable, "Mallory", ZoneId.of("UTC"),
                Region.parse("GB"), BEYOND_THE_DATABASE);
        // straight into the store: published through Axon, the settings projection would refuse it with the command
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                                      payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, 0, 'Candidate', ?, ?, ?, NULL, ?, ?)""")
                .params(unstorable.toString(), UUID.randomUUID().toString(),
                        serializer.serialize(MetaData.emptyInstance(), byte[].class).getData(),
                        serializer.serialize(registered, byte[].class).getData(), CandidateRegistered.class.getName(),
                        Instant.now().toString())
                .update();
        String bobs = api.open(bob, "Globex", "Platform Engineer");

        assertThat(api.post("/api/v1/admin/rebuilds", admin, "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).until(rebuilds::finished);

        assertThat(letter(api.get("/api/v1/admin/dead-letters", admin).body(), "candidate-settings",
                OpportunityId.of(unstorable.value())).get("error").asString()).containsIgnoringCase("out of range");
        assertThat(jdbc.sql("SELECT count(*) FROM candidate_settings WHERE candidate_id IN (?, ?)")
                .params(ada.id(), bob.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(api.get("/api/v1/timeline?limit=50", bob).raw().body()).contains(bobs);
    }

    /** Ada's opportunity opened in a year PostgreSQL cannot store, published past the aggregate and its rules. */
    private OpportunityId poison(Caller candidate) {
        OpportunityId id = OpportunityId.of(UUID.randomUUID());
        OpportunityOpened opened = new OpportunityOpened(id, CandidateId.of(candidate.id()), "Initech", "Engineer",
                BEYOND_THE_DATABASE);
        InterviewHeld held = new InterviewHeld(id, CandidateId.of(candidate.id()), InterviewId.of(UUID.randomUUID()), 1,
                null, BEYOND_THE_DATABASE.plusSeconds(3600), List.of(new Interviewer("Grace Hopper", null, null)),
                DecisionTimeline.notStated());
        transactions.executeInTransaction(() -> eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Opportunity", id.toString(), 0, opened, MetaData.emptyInstance()),
                new GenericDomainEventMessage<>("Opportunity", id.toString(), 1, held, MetaData.emptyInstance()))));
        return id;
    }

    /** Until each tracking projection has parked the poisoned opportunity. */
    private void awaitParked(OpportunityId id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM dead_letter WHERE stream_id = ?
                          AND processor IN ('candidate-timeline', 'due-actions', 'outcome-facts')""")
                .param(id.value()).query(Long.class).single() == 3);
    }

    private static JsonNode letter(JsonNode letters, String processor, OpportunityId stream) {
        return letters.valueStream()
                .filter(letter -> letter.get("processor").asString().equals(processor)
                        && letter.get("streamId").asString().equals(stream.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter of " + processor + " for " + stream
                        + " in " + letters));
    }

    private static String entries(Reply timeline) {
        return timeline.body().get("entries").toString();
    }
}
