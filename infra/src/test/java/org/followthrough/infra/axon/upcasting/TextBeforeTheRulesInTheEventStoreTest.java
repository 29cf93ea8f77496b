package org.followthrough.infra.axon.upcasting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A store that holds text recorded before the text rules: the opportunity still loads, reads cleaned and takes entries. */
@SpringBootTest(classes = InfraTestApplication.class)
@FreshDatabase
class TextBeforeTheRulesInTheEventStoreTest {

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
    void storeTextThatBreaksTheRules() {
        EventRows rows = new EventRows(jdbc, serializer, "Opportunity");
        rows.append(opportunity.toString(), 0, OpportunityOpened.class.getName(), null,
                EventFixtures.json(EventFixtures.OPPORTUNITY_OPENED_BEFORE_TEXT_RULES, opportunity, candidate, interview),
                Instant.parse("2026-03-01T09:00:05Z"));
        rows.append(opportunity.toString(), 1, InterviewHeld.class.getName(), "2",
                EventFixtures.json(EventFixtures.INTERVIEW_HELD_BEFORE_TEXT_RULES, opportunity, candidate, interview),
                Instant.parse("2026-03-10T14:05:00Z"));
    }

    @Test
    void theEventStoreReadsTheTextCleanedAndLeavesTheRowsAsTheyAre() {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(opportunity.toString()).asStream().toList();

        OpportunityOpened opened = (OpportunityOpened) events.getFirst().getPayload();
        assertThat(opened.company()).isEqualTo("Acme Corp");
        assertThat(opened.role()).hasSize(200).endsWith("\u2026");
        assertThat(((InterviewHeld) events.get(1).getPayload()).interviewers().getFirst().name()).isEqualTo("Grace Hopper");
        assertThat(new String(jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")
                .param(opportunity.toString()).query(byte[].class).single(), StandardCharsets.UTF_8))
                .as("the stored row is never rewritten").contains("Acme\\u0000 Corp");
    }

    @Test
    void theOpportunityStillTakesEntries() {
        commands.sendAndWait(new RecordThankYou(opportunity, candidate, interview, "grace hopper", Channel.EMAIL,
                Instant.parse("2026-03-11T08:30:00Z"), null));

        assertThat(eventStore.readEvents(opportunity.toString()).asStream().<Object>map(DomainEventMessage::getPayload).toList())
                .last().isEqualTo(new ThankYouSent(opportunity, candidate, interview, "Grace Hopper", Channel.EMAIL,
                        Instant.parse("2026-03-11T08:30:00Z"), null, false));
    }
}
