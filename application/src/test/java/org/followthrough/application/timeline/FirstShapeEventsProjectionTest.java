package org.followthrough.application.timeline;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.followthrough.application.ApplicationTestApplication;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.EventFixtures;
import org.followthrough.infra.testing.EventRows;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The projections read a store that holds InterviewHeld in its first released shape through the upcaster: they come
 * out as for the same history stored in today's shape, both as the processors follow the store and on a replay.
 */
@SpringBootTest(classes = ApplicationTestApplication.class)
@FreshDatabase
class FirstShapeEventsProjectionTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant THANKED = Instant.parse("2026-03-11T08:30:00Z");
    private static final List<String> PROCESSORS = List.of("candidate-timeline", "due-actions");

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Serializer serializer;

    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final Twin firstShape = new Twin(OpportunityId.of(UUID.randomUUID()), InterviewId.of(UUID.randomUUID()));
    private final Twin todaysShape = new Twin(OpportunityId.of(UUID.randomUUID()), InterviewId.of(UUID.randomUUID()));

    /** One of the two opportunities with the same history, and how to read its rows without its own ids. */
    private record Twin(OpportunityId opportunity, InterviewId interview) {

        Object anonymous(Object value) {
            return value instanceof String text
                    ? text.replace(opportunity.toString(), "<opportunity>").replace(interview.toString(), "<interview>")
                    : value;
        }
    }

    @Test
    void theFirstShapeProjectsAsTheSameHistoryInTodaysShape() {
        EventRows rows = new EventRows(jdbc, serializer, "Opportunity");
        rows.append(firstShape.opportunity().toString(), 0, opened(firstShape), OPENED);
        rows.append(firstShape.opportunity().toString(), 1, InterviewHeld.class.getName(), null,
                EventFixtures.json(EventFixtures.INTERVIEW_HELD_REV_1, firstShape.opportunity(), ada, firstShape.interview()),
                Instant.parse("2026-03-10T14:05:00Z"));
        transactionManager.executeInTransaction(() -> eventStore.publish(
                new GenericDomainEventMessage<>("Opportunity", todaysShape.opportunity().toString(), 0, opened(todaysShape)),
                new GenericDomainEventMessage<>("Opportunity", todaysShape.opportunity().toString(), 1,
                        EventFixtures.interviewHeld(todaysShape.opportunity(), ada, todaysShape.interview()))));
        for (Twin twin : List.of(firstShape, todaysShape)) {
            commands.sendAndWait(new RecordThankYou(twin.opportunity(), ada, twin.interview(), "grace hopper",
                    Channel.EMAIL, THANKED, null));
        }
        assertThat(jdbc.sql("SELECT payloadrevision FROM domainevententry WHERE payloadtype = ? ORDER BY globalindex")
                .param(InterviewHeld.class.getName()).query(String.class).list()).containsExactly(null, "2");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(projected(firstShape)).satisfies(FirstShapeEventsProjectionTest::hasSeenTheThankYou);
            assertThat(projected(todaysShape)).satisfies(FirstShapeEventsProjectionTest::hasSeenTheThankYou);
        });
        assertThat(projected(firstShape)).isEqualTo(projected(todaysShape));
        Map<String, List<Map<String, Object>>> followed = projected(firstShape);
        assertThat(followed.get("timeline_entry")).extracting(row -> row.get("event_type"))
                .containsExactly("OpportunityOpened", "InterviewHeld", "ThankYouSent");
        assertThat(followed.get("timeline_entry").get(1).get("payload").toString())
                .contains("\"interviewers\":[{\"name\":\"Grace Hopper\",\"title\":\"Engineering Manager\",\"email\":\"grace@acme.example\"}")
                .contains("\"decision\":{\"kind\":\"DATE\",\"date\":\"2026-03-20\"}")
                .doesNotContain("statedDecision");
        assertThat(followed.get("due_action")).extracting(row -> row.get("action_key"))
                .contains("THANK_YOU:<interview>:alan turing", "THANK_YOU:<interview>:barbara liskov")
                .doesNotContain("THANK_YOU:<interview>:grace hopper");
        assertThat(followed.get("due_action")).filteredOn(row -> row.get("action_key").equals("THANK_YOU:<interview>:barbara liskov"))
                .singleElement().satisfies(row -> assertThat(row.get("hint").toString()).contains("barbara@acme.example"));

        List<StreamingEventProcessor> processors = PROCESSORS.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow())
                .toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        assertThat(projected(firstShape).values()).allSatisfy(table -> assertThat(table).isEmpty());
        processors.forEach(StreamingEventProcessor::start);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(projected(firstShape)).isEqualTo(followed);
            assertThat(projected(todaysShape)).isEqualTo(followed);
        });
    }

    private static void hasSeenTheThankYou(Map<String, List<Map<String, Object>>> projected) {
        assertThat(projected.get("timeline_entry")).hasSize(3);
        assertThat(projected.get("due_action_opportunity")).singleElement()
                .satisfies(row -> assertThat(row.get("last_sequence")).isEqualTo(2L));
    }

    private OpportunityOpened opened(Twin twin) {
        return new OpportunityOpened(twin.opportunity(), ada, "Acme", "Backend Engineer", OPENED);
    }

    /** Every row the projections hold about one opportunity, without its own ids, positions or times of recording. */
    private Map<String, List<Map<String, Object>>> projected(Twin twin) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("timeline_opportunity", rows(twin, """
                SELECT candidate_id, company, role, opened_at, closed_outcome, closed_at
                FROM timeline_opportunity WHERE opportunity_id = ?"""));
        tables.put("timeline_entry", rows(twin, """
                SELECT candidate_id, sequence_number, event_type, occurred_at, payload::text AS payload, retracted_by
                FROM timeline_entry WHERE opportunity_id = ? ORDER BY sequence_number"""));
        tables.put("due_action_opportunity", rows(twin, """
                SELECT candidate_id, company, role, last_sequence
                FROM due_action_opportunity WHERE opportunity_id = ?"""));
        tables.put("due_action", rows(twin, """
                SELECT action_key, candidate_id, rule, action, due_at, due_on, deadline, priority, explanation,
                       hint::text AS hint
                FROM due_action WHERE opportunity_id = ? ORDER BY action_key"""));
        return tables;
    }

    private List<Map<String, Object>> rows(Twin twin, String sql) {
        return jdbc.sql(sql).param(twin.opportunity().value()).query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> anonymous = new LinkedHashMap<>();
                    row.forEach((column, value) -> anonymous.put(column, twin.anonymous(value)));
                    return anonymous;
                })
                .toList();
    }
}
