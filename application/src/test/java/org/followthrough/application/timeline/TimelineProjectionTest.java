package org.followthrough.application.timeline;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.followthrough.application.ApplicationTestApplication;
import org.followthrough.domain.opportunity.CloseOpportunity;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RetractEntry;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = ApplicationTestApplication.class)
@FreshDatabase
class TimelineProjectionTest {

    @Autowired
    TimelineProjection projection;
    @Autowired
    CommandGateway commands;
    @Autowired
    CandidateTimeline timeline;
    @Autowired
    JdbcClient jdbc;

    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());

    @Test
    void aRedeliveredEventChangesNothing() {
        var opened = message(0, new OpportunityOpened(opportunity, ada, "Acme", "Engineer", Instant.parse("2026-03-01T09:00:00Z")));
        var held = message(1, new InterviewHeld(opportunity, ada, InterviewId.of(UUID.randomUUID()), 1, null,
                Instant.parse("2026-03-10T14:00:00Z"), List.of(), DecisionTimeline.notStated()));

        for (int delivery = 0; delivery < 3; delivery++) {
            DefaultUnitOfWork.startAndGet(opened).execute(() -> {
                projection.on((OpportunityOpened) opened.getPayload(), opened, new GlobalSequenceTrackingToken(10));
                projection.on((InterviewHeld) held.getPayload(), held, new GlobalSequenceTrackingToken(11));
            });
        }

        assertThat(rows("timeline_entry")).isEqualTo(2);
        assertThat(rows("timeline_opportunity")).isEqualTo(1);
        assertThat(timeline(Instant.parse("2026-04-01T00:00:00Z"))).extracting(entry -> entry.recorded().type())
                .containsExactly("InterviewHeld", "OpportunityOpened");
    }

    /**
     * A batch's writes are grouped by kind (entries, then openings, then closings and retractions) so that a batch is
     * a few JDBC batches; within one batch a closing, its retraction and a second closing must still end closed.
     */
    @Test
    void closingsAndRetractionsInOneBatchApplyInTheOrderTheyHappened() {
        OpportunityId other = OpportunityId.of(UUID.randomUUID());
        Instant day = Instant.parse("2026-03-01T09:00:00Z");
        List<GenericDomainEventMessage<?>> batch = List.of(
                message(opportunity, 0, new OpportunityOpened(opportunity, ada, "Acme", "Engineer", day)),
                message(opportunity, 1, new OpportunityClosed(opportunity, ada, Outcome.GHOSTED, day.plusSeconds(60))),
                message(other, 0, new OpportunityOpened(other, ada, "Globex", "Analyst", day)),
                message(opportunity, 2, new EntryRetracted(opportunity, ada, 1, "not yet", day.plusSeconds(120))),
                message(other, 1, new OpportunityClosed(other, ada, Outcome.WITHDRAWN, day.plusSeconds(150))),
                message(opportunity, 3, new OpportunityClosed(opportunity, ada, Outcome.REJECTED, day.plusSeconds(180))));

        DefaultUnitOfWork.startAndGet(batch.getFirst()).execute(() -> {
            long position = 20;
            for (GenericDomainEventMessage<?> message : batch) {
                projection.on((OpportunityEvent) message.getPayload(), message, new GlobalSequenceTrackingToken(position++));
            }
        });

        assertThat(opportunities()).extracting(OpportunitySummary::company, OpportunitySummary::outcome)
                .containsExactlyInAnyOrder(tuple("Acme", Outcome.REJECTED), tuple("Globex", Outcome.WITHDRAWN));
        assertThat(timeline(Instant.parse("2026-04-01T00:00:00Z")))
                .filteredOn(entry -> entry.recorded().type().equals("OpportunityClosed"))
                .extracting(TimelineEntry::retracted)
                .containsExactlyInAnyOrder(true, false, false);
    }

    @Test
    void theLiveProcessorFillsTheTimelineAndFollowsCorrections() {
        commands.sendAndWait(new OpenOpportunity(opportunity, ada, "Acme", "Engineer", Instant.parse("2026-03-01T09:00:00Z")));
        commands.sendAndWait(new RecordInterview(opportunity, ada, InterviewId.of(UUID.randomUUID()), null, null,
                Instant.parse("2026-03-10T14:00:00Z"), List.of(new Interviewer("Grace Hopper", null, null)),
                DecisionTimeline.by(LocalDate.of(2026, 3, 20)), ZoneId.of("Europe/Berlin")));
        commands.sendAndWait(new CloseOpportunity(opportunity, ada, Outcome.GHOSTED, Instant.parse("2026-03-11T10:00:00Z")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(opportunities()).singleElement().satisfies(summary -> assertThat(summary.outcome()).isEqualTo(Outcome.GHOSTED)));

        // entries: 0 opened, 1 interview, 2 its date already over (DeadlinePassed, raised at once), 3 closed
        commands.sendAndWait(new RetractEntry(opportunity, ada, 3, "closed by mistake"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(opportunities()).singleElement().satisfies(summary -> assertThat(summary.outcome()).isNull());
            List<TimelineEntry> now = timeline(Instant.now());
            assertThat(now).extracting(entry -> entry.recorded().type())
                    .containsExactly("EntryRetracted", "DeadlinePassed", "OpportunityClosed", "InterviewHeld", "OpportunityOpened");
            assertThat(now.get(2).retracted()).isTrue();
        });
        // before the correction was made, the closing still stood
        assertThat(timeline(Instant.parse("2026-03-12T00:00:00Z")))
                .filteredOn(entry -> entry.recorded().type().equals("OpportunityClosed"))
                .singleElement().satisfies(entry -> assertThat(entry.retracted()).isFalse());
    }

    @Test
    void eachCandidateSeesOnlyTheirOwnTimeline() {
        commands.sendAndWait(new OpenOpportunity(opportunity, ada, "Acme", "Engineer", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> timeline(Instant.now()).size() == 1);

        List<TimelineEntry> someoneElse = timeline.page(new FetchTimeline(CandidateId.of(UUID.randomUUID()), Instant.now(), 100))
                .entries();

        assertThat(someoneElse).isEmpty();
    }

    private List<TimelineEntry> timeline(Instant asOf) {
        return timeline.page(new FetchTimeline(ada, asOf, 100)).entries();
    }

    private List<OpportunitySummary> opportunities() {
        return timeline.opportunities(ada);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private GenericDomainEventMessage<?> message(long sequence, Object payload) {
        return message(opportunity, sequence, payload);
    }

    private static GenericDomainEventMessage<?> message(OpportunityId stream, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Opportunity", stream.toString(), sequence, payload);
    }
}
