package org.followthrough.application.timeline;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.followthrough.application.ApplicationTestApplication;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.OpportunityOpened;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store holding a NUL, an over-long role and a blank interviewer's name, accepted before the text rules: the
 * projections read them cleaned (PostgreSQL refuses NUL in text), and everyone's later entries keep appearing.
 */
@SpringBootTest(classes = ApplicationTestApplication.class)
@FreshDatabase
class TextBeforeTheRulesProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Serializer serializer;

    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final OpportunityId adas = OpportunityId.of(UUID.randomUUID());
    private final CandidateId bea = CandidateId.of(UUID.randomUUID());
    private final OpportunityId beas = OpportunityId.of(UUID.randomUUID());

    @Test
    void storedTextThatBreaksTheRulesIsProjectedCleanedAndStopsNobody() {
        InterviewId interview = InterviewId.of(UUID.randomUUID());
        EventRows rows = new EventRows(jdbc, serializer, "Opportunity");
        rows.append(adas.toString(), 0, OpportunityOpened.class.getName(), null,
                EventFixtures.json(EventFixtures.OPPORTUNITY_OPENED_BEFORE_TEXT_RULES, adas, ada, interview),
                Instant.parse("2026-03-01T09:00:05Z"));
        rows.append(adas.toString(), 1, InterviewHeld.class.getName(), "2",
                EventFixtures.json(EventFixtures.INTERVIEW_HELD_BEFORE_TEXT_RULES, adas, ada, interview),
                Instant.parse("2026-03-10T14:05:00Z"));
        transactionManager.executeInTransaction(() -> eventStore.publish(new GenericDomainEventMessage<>("Opportunity",
                beas.toString(), 0, new OpportunityOpened(beas, bea, "Globex", "Platform Engineer", Instant.parse("2026-03-02T09:00:00Z")))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM timeline_opportunity WHERE opportunity_id = ?", beas)).isOne();
            assertThat(count("SELECT count(*) FROM due_action_opportunity WHERE opportunity_id = ?", beas)).isOne();
            assertThat(count("SELECT count(*) FROM timeline_entry WHERE opportunity_id = ?", adas)).isEqualTo(2);
        });
        assertThat(jdbc.sql("SELECT company, role FROM timeline_opportunity WHERE opportunity_id = ?").param(adas.value())
                .query((row, number) -> row.getString("company") + " | " + row.getString("role")).single())
                .startsWith("Acme Corp | Backend Engineer (platform team)").endsWith("(platf\u2026");
        assertThat(jdbc.sql("SELECT payload::text FROM timeline_entry WHERE opportunity_id = ? AND sequence_number = 1")
                .param(adas.value()).query(String.class).single())
                .contains("\"name\":\"Grace Hopper\"", "\"name\":\"(not given)\"")
                .doesNotContain("\\u0000");
        assertThat(jdbc.sql("SELECT company FROM due_action_opportunity WHERE opportunity_id = ?").param(adas.value())
                .query(String.class).single()).isEqualTo("Acme Corp");
    }

    private long count(String sql, OpportunityId opportunity) {
        return jdbc.sql(sql).param(opportunity.value()).query(Long.class).single();
    }
}
