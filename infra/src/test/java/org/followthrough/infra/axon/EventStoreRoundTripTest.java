package org.followthrough.infra.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordRecruiterReply;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.InfraTestApplication;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = InfraTestApplication.class)
@FreshDatabase
class EventStoreRoundTripTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    Serializer serializer;

    private final OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
    private final CandidateId candidate = CandidateId.of(UUID.randomUUID());
    private final InterviewId interview = InterviewId.of(UUID.randomUUID());

    @Test
    void eventsComeBackFromPostgresqlAsTheyWentIn() {
        Instant ended = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        commands.sendAndWait(new OpenOpportunity(opportunity, candidate, "Acme", "Backend Engineer", null));
        commands.sendAndWait(new RecordInterview(opportunity, candidate, interview, null, ended.minusSeconds(3600), ended,
                List.of(new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example")),
                DecisionTimeline.by(LocalDate.now().plusDays(3)), ZoneId.of("Europe/Berlin")));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(opportunity.toString()).asStream().toList();

        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(events.get(0).getPayload()).isInstanceOfSatisfying(OpportunityOpened.class, opened -> {
            assertThat(opened.opportunityId()).isEqualTo(opportunity);
            assertThat(opened.candidateId()).isEqualTo(candidate);
        });
        assertThat(events.get(1).getPayload()).isEqualTo(new InterviewHeld(opportunity, candidate, interview, 1,
                ended.minusSeconds(3600), ended,
                List.of(new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example")),
                DecisionTimeline.by(LocalDate.now().plusDays(3))));
    }

    @Test
    void storedPayloadsAreJsonWithPlainStringIds() {
        commands.sendAndWait(new OpenOpportunity(opportunity, candidate, "Acme", "Backend Engineer", null));

        byte[] payload = jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?")
                .param(opportunity.toString()).query(byte[].class).single();

        assertThat(new String(payload, StandardCharsets.UTF_8))
                .contains("\"opportunityId\":\"" + opportunity + "\"")
                .as("the company is a personal field: sealed with the candidate's key")
                .contains("\"company\":{\"enc\":\"v1:")
                .doesNotContain("Acme");
    }

    @Test
    void aSecondWriterOfTheSameSequenceNumberIsAConcurrencyConflict() {
        commands.sendAndWait(new OpenOpportunity(opportunity, candidate, "Acme", "Backend Engineer", null));
        commands.sendAndWait(new RecordRecruiterReply(opportunity, candidate, ReplyKind.UPDATE, Instant.now(), null));
        var clash = new GenericDomainEventMessage<>("Opportunity", opportunity.toString(), 1,
                new RecruiterReplied(opportunity, candidate, ReplyKind.UPDATE, Instant.now(), null));

        assertThatThrownBy(() -> transactionManager.executeInTransaction(() -> eventStore.publish(clash)))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void aReplayTokenSurvivesTheSerializerSoAReplayCanResumeAfterARestart() {
        TrackingToken token = ReplayToken.createReplayToken(new GapAwareTrackingToken(42, java.util.Set.of(40L)),
                new GapAwareTrackingToken(7, java.util.Set.of()));

        SerializedObject<byte[]> stored = serializer.serialize(token, byte[].class);
        TrackingToken read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(token);
    }

    /**
     * No aggregate is snapshotted, so loading one must not ask the snapshot table (a round trip per command for
     * nothing). The command runs inside a transaction of the test's, on the test's connection. PostgreSQL's
     * "transaction" counters are the backend's pending statistics, which still hold the scans of earlier
     * transactions on that pooled connection until the backend flushes them (at most once a second, when idle): so
     * the test counts the difference across the command, read inside the one transaction, where no flush happens.
     */
    @Test
    void loadingAnAggregateReadsItsEventsButNeverTheSnapshotTable() {
        commands.sendAndWait(new OpenOpportunity(opportunity, candidate, "Acme", "Backend Engineer", null));
        Transaction transaction = transactionManager.startTransaction();
        try {
            long eventScansBefore = pendingScans("domainevententry");
            long snapshotScansBefore = pendingScans("snapshotevententry");

            commands.sendAndWait(new RecordRecruiterReply(opportunity, candidate, ReplyKind.UPDATE, Instant.now(), null));

            assertThat(pendingScans("domainevententry") - eventScansBefore).isPositive();
            assertThat(pendingScans("snapshotevententry") - snapshotScansBefore).isZero();
        } finally {
            transaction.rollback();
        }
    }

    private long pendingScans(String table) {
        // a table's own count is of its sequential scans; each index counts the scans through it
        return jdbc.sql("""
                        SELECT coalesce(sum(pg_stat_get_xact_numscans(relation)), 0) FROM (
                            SELECT CAST(:table AS regclass) AS relation
                            UNION ALL SELECT indexrelid FROM pg_index WHERE indrelid = CAST(:table AS regclass)) AS relations""")
                .param("table", table).query(Long.class).single();
    }

    @Test
    void axonWritesInsideSpringTransactions() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
    }
}
