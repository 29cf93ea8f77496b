package org.followthrough.infra.crypto;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.RegisterCandidate;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.InfraTestApplication;
import org.followthrough.infra.testing.EventFixtures;
import org.followthrough.infra.testing.EventRows;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal fields are sealed in the store, read back plainly, unreadable once the key is destroyed; old rows migrate. */
@SpringBootTest(classes = InfraTestApplication.class)
@FreshDatabase
class SealedPersonalFieldsTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Serializer serializer;
    @Autowired
    CandidateKeys keys;
    @Autowired
    MasterKey masterKey;
    @Autowired
    DataSource dataSource;

    @Test
    void theStoreHoldsNoPlainCompanyNameAndReadsItBack() {
        CandidateId ada = registered("Ada Lovelace");
        OpportunityId acme = opened(ada, "Zyxwvut Analytical Engines", "Backend Engineer");

        assertThat(payloads(acme.toString())).isNotEmpty().noneMatch(json -> json.contains("Zyxwvut"))
                .anyMatch(json -> json.contains("{\"enc\":\"v1:"));
        assertThat(payloads(ada.toString())).noneMatch(json -> json.contains("Lovelace"));
        assertThat(((OpportunityOpened) events(acme).getFirst()).company()).isEqualTo("Zyxwvut Analytical Engines");
        assertThat(((CandidateRegistered) events(ada).getFirst()).displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void aDestroyedKeyLeavesThePlaceholdersAndEveryoneElseIntact() {
        CandidateId ada = registered("Ada Lovelace");
        CandidateId grace = registered("Grace Hopper");
        OpportunityId adas = opened(ada, "Acme", "Engineer");
        OpportunityId graces = opened(grace, "Globex", "Admiral");

        keys.destroy(ada);

        OpportunityOpened erased = (OpportunityOpened) events(adas).getFirst();
        assertThat(erased.company()).isEqualTo(PersonalFields.ERASED);
        assertThat(erased.role()).isEqualTo(PersonalFields.ERASED);
        assertThat(erased.candidateId()).isEqualTo(ada);
        assertThat(((CandidateRegistered) events(ada).getFirst()).displayName()).isEqualTo(PersonalFields.ERASED);
        assertThat(keys.isErased(ada)).isTrue();
        assertThat(jdbc.sql("SELECT wrapped_key IS NULL FROM candidate_key WHERE candidate_id = ?").param(ada.value())
                .query(Boolean.class).single()).as("the key itself is gone").isTrue();
        assertThat(((OpportunityOpened) events(graces).getFirst()).company()).isEqualTo("Globex");
        assertThat(keys.isErased(grace)).isFalse();
    }

    @Test
    void eventsStoredPlainBeforeCrypoShreddingAreSealedOnceAndReadTheSame() throws Exception {
        OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
        CandidateId candidate = CandidateId.of(UUID.randomUUID());
        InterviewId interview = InterviewId.of(UUID.randomUUID());
        EventRows rows = new EventRows(jdbc, serializer, "Opportunity");
        rows.append(opportunity.toString(), 0, OpportunityOpened.class.getName(), null,
                EventFixtures.json(EventFixtures.OPPORTUNITY_OPENED_BEFORE_TEXT_RULES, opportunity, candidate, interview),
                Instant.parse("2026-03-01T09:00:05Z"));
        rows.append(opportunity.toString(), 1, InterviewHeld.class.getName(), null,
                EventFixtures.json(EventFixtures.INTERVIEW_HELD_REV_1, opportunity, candidate, interview),
                Instant.parse("2026-03-10T14:05:00Z"));
        List<Object> before = events(opportunity);
        assertThat(payloads(opportunity.toString())).anyMatch(json -> json.contains("Acme"));

        int sealed;
        int again;
        try (Connection connection = dataSource.getConnection()) {
            sealed = V81__SealPersonalFields.seal(connection, masterKey);
            again = V81__SealPersonalFields.seal(connection, masterKey);
        }

        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '81' AND success")
                .query(Integer.class).single()).as("Flyway ran the migration at start-up").isOne();
        assertThat(sealed).isGreaterThanOrEqualTo(2);
        assertThat(again).as("a second run finds nothing plain").isZero();
        assertThat(payloads(opportunity.toString())).noneMatch(json -> json.contains("Acme") || json.contains("Grace"));
        assertThat(events(opportunity)).isEqualTo(before);
        assertThat(((OpportunityOpened) before.getFirst()).company()).isEqualTo("Acme Corp");
        assertThat(((InterviewHeld) before.get(1)).interviewers().getFirst().name()).isEqualTo("Grace Hopper");
    }

    private CandidateId registered(String name) {
        CandidateId candidate = CandidateId.of(UUID.randomUUID());
        commands.sendAndWait(new RegisterCandidate(candidate, name, ZoneId.of("Europe/Berlin"), Region.parse("DE-BY")));
        return candidate;
    }

    private OpportunityId opened(CandidateId candidate, String company, String role) {
        OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
        commands.sendAndWait(new OpenOpportunity(opportunity, candidate, company, role, Instant.parse("2026-03-01T09:00:00Z")));
        return opportunity;
    }

    private List<Object> events(Object aggregate) {
        return eventStore.readEvents(aggregate.toString()).asStream().<Object>map(DomainEventMessage::getPayload).toList();
    }

    private List<String> payloads(String aggregate) {
        return jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(aggregate).query(byte[].class).list().stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }
}
