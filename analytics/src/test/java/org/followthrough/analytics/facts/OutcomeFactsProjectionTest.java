package org.followthrough.analytics.facts;

import java.time.Clock;
import org.followthrough.application.projection.DeadLetters;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.MapOpportunityStreams;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given an opportunity's events, the outcome-facts projection holds one row per interview that still counts. */
class OutcomeFactsProjectionTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private final CandidateId ada = CandidateId.of(UUID.randomUUID());
    private final OpportunityId acme = OpportunityId.of(UUID.randomUUID());
    private final InterviewId interview = InterviewId.of(UUID.randomUUID());
    private final Map<OpportunityId, List<OpportunityEvent>> store = new HashMap<>();
    private OutcomeFactsProjection projection;

    @BeforeEach
    void setUp() {
        projection = new OutcomeFactsProjection(DATABASE.template(), new MapOpportunityStreams(store),
                new DeadLetters(DATABASE.jdbc(), Clock.systemUTC()));
        append(new OpportunityOpened(acme, ada, "Acme", "Backend Engineer", Instant.parse("2026-03-01T09:00:00Z")));
        append(new InterviewHeld(acme, ada, interview, 1, null, Instant.parse("2026-03-10T14:00:00Z"), List.of(),
                DecisionTimeline.notStated()));
        append(new ThankYouSent(acme, ada, interview, "Grace Hopper", Channel.EMAIL, Instant.parse("2026-03-10T18:00:00Z"),
                null, false));
    }

    @Test
    void eachInterviewIsOneRowWithItsThankYouTimingAndFirstReply() {
        append(new RecruiterReplied(acme, ada, ReplyKind.NEXT_ROUND, Instant.parse("2026-03-13T10:00:00Z"), null));

        projection.recompute(List.of(acme));

        assertThat(DATABASE.jdbc().sql("""
                        SELECT thank_you_timing, thank_you_channel, first_reply_kind, reply_days
                        FROM outcome_fact WHERE opportunity_id = ?""")
                .param(acme.value()).query().singleRow())
                .containsEntry("thank_you_timing", "WITHIN_24H").containsEntry("thank_you_channel", "EMAIL")
                .containsEntry("first_reply_kind", "NEXT_ROUND").containsEntry("reply_days", 3);
        assertThat(projection.hasProcessed(acme, 3)).isTrue();
        assertThat(projection.hasProcessed(acme, 4)).isFalse();
    }

    @Test
    void aRetractedInterviewLeavesNoFactAndARedeliveryChangesNothing() {
        projection.recompute(List.of(acme));
        assertThat(facts()).isEqualTo(1);

        append(new EntryRetracted(acme, ada, 1, "recorded twice", Instant.parse("2026-03-11T09:00:00Z")));
        projection.recompute(List.of(acme));
        projection.recompute(List.of(acme));

        assertThat(facts()).isZero();
        assertThat(projection.hasProcessed(acme, 3)).isTrue();
    }

    @Test
    void aBatchOfEventsIsFoldedOnceJustBeforeItCommits() {
        List<Long> seenInsideTheBatch = new ArrayList<>();

        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(store.get(acme).getLast())).execute(() -> {
            List<OpportunityEvent> events = store.get(acme);
            for (int sequence = 0; sequence < events.size(); sequence++) {
                projection.on(events.get(sequence), sequence);
            }
            seenInsideTheBatch.add(facts());
        });

        assertThat(seenInsideTheBatch).containsExactly(0L);
        assertThat(facts()).isEqualTo(1);
    }

    @Test
    void aResetEmptiesItsTables() {
        projection.recompute(List.of(acme));

        projection.reset();

        assertThat(DATABASE.rows("outcome_fact")).isZero();
        assertThat(DATABASE.rows("outcome_fact_opportunity")).isZero();
    }

    private void append(OpportunityEvent event) {
        store.computeIfAbsent(event.opportunityId(), key -> new ArrayList<>()).add(event);
    }

    private long facts() {
        return DATABASE.jdbc().sql("SELECT count(*) FROM outcome_fact WHERE opportunity_id = ?").param(acme.value())
                .query(Long.class).single();
    }
}
