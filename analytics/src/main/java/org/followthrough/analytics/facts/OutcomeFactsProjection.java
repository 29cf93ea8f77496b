package org.followthrough.analytics.facts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code outcome_fact} equal to {@link OutcomeFacts} of each opportunity's whole history. An event only marks
 * its opportunity; once per batch each marked opportunity is folded again from its event stream and its rows
 * replaced. So a retraction anywhere in the history, a redelivered event or a full replay all end in the same rows.
 */
@Component
@ProcessingGroup(OutcomeFactsProjection.PROCESSING_GROUP)
public class OutcomeFactsProjection {

    public static final String PROCESSING_GROUP = "outcome-facts";
    private static final String TOUCHED = OutcomeFactsProjection.class.getName() + ".touched";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final OpportunityStreams streams;

    OutcomeFactsProjection(JdbcClient jdbc, JdbcTemplate template, OpportunityStreams streams) {
        this.jdbc = jdbc;
        this.template = template;
        this.streams = streams;
    }

    @EventHandler
    void on(OpportunityEvent event) {
        touched().add(event.opportunityId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM outcome_fact").update();
        jdbc.sql("DELETE FROM outcome_fact_opportunity").update();
    }

    /**
     * Whether the facts already reflect the opportunity's entry {@code sequence}. The figures are deliberately left
     * out of read-your-writes: every recorded entry would wait for one more processor, for numbers nobody needs within
     * the same second.
     */
    public boolean hasProcessed(OpportunityId opportunityId, long sequence) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM outcome_fact_opportunity WHERE opportunity_id = ? AND last_sequence >= ?)")
                .params(opportunityId.value(), sequence)
                .query(Boolean.class)
                .single();
    }

    private Set<OpportunityId> touched() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(TOUCHED, key -> {
            Set<OpportunityId> ids = new LinkedHashSet<>();
            unitOfWork.onPrepareCommit(work -> recompute(ids));
            return ids;
        });
    }

    /**
     * Recomputes the given opportunities from their whole streams, read in one query, and replaces their rows in three
     * batched statements.
     */
    void recompute(Collection<OpportunityId> opportunities) {
        if (opportunities.isEmpty()) {
            return;
        }
        List<Object[]> progress = new ArrayList<>();
        List<Object[]> replaced = new ArrayList<>();
        List<Object[]> facts = new ArrayList<>();
        for (Map.Entry<OpportunityId, List<OpportunityEvent>> stream : streams.read(opportunities).entrySet()) {
            List<OpportunityEvent> events = stream.getValue();
            if (events.isEmpty()) {
                continue;
            }
            OpportunityHistory history = OpportunityHistory.of(events);
            progress.add(new Object[]{stream.getKey().value(), events.getFirst().candidateId().value(), history.lastSequence()});
            replaced.add(new Object[]{stream.getKey().value()});
            for (OutcomeFact fact : OutcomeFacts.of(history.effectiveEvents())) {
                facts.add(new Object[]{fact.interviewId().value(), fact.opportunityId().value(), fact.candidateId().value(),
                        fact.round(), fact.firstRound(), Timestamp.from(fact.endedAt()), fact.thankYouTiming().name(),
                        name(fact.thankYouChannel()), fact.checkIns(), timestamp(fact.firstReplyAt()),
                        name(fact.firstReplyKind()), fact.deadlinePassed(), name(fact.outcome()),
                        timestamp(fact.closedAt()), fact.replyDays(), fact.closedDays(), fact.endedAt().getEpochSecond()});
            }
        }
        batch("""
                INSERT INTO outcome_fact_opportunity (opportunity_id, candidate_id, last_sequence) VALUES (?, ?, ?)
                ON CONFLICT (opportunity_id) DO UPDATE SET last_sequence = excluded.last_sequence""", progress);
        batch("DELETE FROM outcome_fact WHERE opportunity_id = ?", replaced);
        batch("""
                INSERT INTO outcome_fact (interview_id, opportunity_id, candidate_id, round, first_round, ended_at,
                                          thank_you_timing, thank_you_channel, check_ins, first_reply_at,
                                          first_reply_kind, deadline_passed, outcome, closed_at,
                                          reply_days, closed_days, ended_second)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", facts);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows);
        }
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
