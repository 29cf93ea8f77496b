package org.followthrough.infra.axon.upcasting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.InfraTestApplication;
import org.followthrough.infra.testing.EventFixtures;
import org.followthrough.infra.testing.EventRows;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A store that holds InterviewHeld in its first released shape, read by today's app through the upcaster. */
@SpringBootTest(classes = InfraTestApplication.class)
@FreshDatabase
class FirstShapeInTheEventStoreTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Serializer serializer;

    private final OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
    private final CandidateId candidate = CandidateId.of(UUID.randomUUID());
    private final InterviewId interview = InterviewId.of(UUID.randomUUID());

    @BeforeEach
    void storeTheFirstShape() {
        EventRows rows = new EventRows(jdbc, serializer, "Opportunity");
        rows.append(opportunity.toString(), 0, new OpportunityOpened(opportunity, candidate, "Acme", "Backend Engineer",
                Instant.parse("2026-03-01T09:00:00Z")), Instant.parse("2026-03-01T09:00:05Z"));
        rows.append(opportunity.toString(), 1, InterviewHeld.class.getName(), null,
                EventFixtures.json(EventFixtures.INTERVIEW_HELD_REV_1, opportunity, candidate, interview),
                Instant.parse("2026-03-10T14:05:00Z"));
    }

    @Test
    void theEventStoreReadsTheFirstShapeAsTodaysInterviewHeld() {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(opportunity.toString()).asStream().toList();

        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(events.get(1).getPayload()).isEqualTo(EventFixtures.interviewHeld(opportunity, candidate, interview));
        assertThat(storedRevision(1)).as("the stored row is never rewritten").isNull();
    }

    @Test
    void theOpportunityTakesAThankYouToAnInterviewerNamedInTheFirstShape() {
        commands.sendAndWait(new RecordThankYou(opportunity, candidate, interview, "grace  hopper", Channel.EMAIL,
                Instant.parse("2026-03-11T08:30:00Z"), null));

        assertThat(eventStore.readEvents(opportunity.toString()).asStream().<Object>map(DomainEventMessage::getPayload).toList())
                .last().isEqualTo(new ThankYouSent(opportunity, candidate, interview, "Grace Hopper", Channel.EMAIL,
                        Instant.parse("2026-03-11T08:30:00Z"), null, false));
    }

    @Test
    void theOpportunityKnowsTheInterviewersByNameAloneNotByTheirWholeLine() {
        assertThatThrownBy(() -> commands.sendAndWait(new RecordThankYou(opportunity, candidate, interview,
                "Grace Hopper, Engineering Manager <grace@acme.example>", Channel.EMAIL, Instant.parse("2026-03-11T08:30:00Z"), null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("(Grace Hopper, Alan Turing, Barbara Liskov)");
    }

    @Test
    void aNewInterviewIsStoredAsRevisionTwo() {
        commands.sendAndWait(new RecordInterview(opportunity, candidate, InterviewId.of(UUID.randomUUID()), null, null,
                Instant.parse("2026-03-17T15:00:00Z"), List.of(new Interviewer("Ada Lovelace", "CTO", "ada@acme.example")),
                DecisionTimeline.notStated(), ZoneId.of("Europe/Berlin")));

        assertThat(storedRevision(2)).isEqualTo("2");
        assertThat(jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2")
                .param(opportunity.toString()).query(String.class).single()).isEqualTo(InterviewHeld.class.getName());
    }

    @Test
    void theAppsSerializerWritesInterviewHeldAsTheSecondGoldenFixture() {
        SerializedObject<byte[]> stored = serializer.serialize(EventFixtures.interviewHeld(), byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
                .isEqualTo(EventFixtures.json(EventFixtures.INTERVIEW_HELD_REV_2));
    }

    private String storedRevision(long sequence) {
        return jdbc.sql("SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")
                .params(opportunity.toString(), sequence).query(String.class).optional().orElse(null);
    }
}
