package org.followthrough.analytics.facts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.projection.PerStreamProjection;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code outcome_fact} equal to {@link OutcomeFacts} of each opportunity's whole history, recomputed per stream
 * ({@link PerStreamProjection}). The figures are deliberately left out of read-your-writes: every recorded entry would
 * wait for one more processor, for numbers nobody needs within the same second.
 */
@Component
@ProcessingGroup(OutcomeFactsProjection.PROCESSING_GROUP)
public class OutcomeFactsProjection extends PerStreamProjection {

    public static final String PROCESSING_GROUP = "outcome-facts";

    OutcomeFactsProjection(JdbcTemplate template, OpportunityStreams streams, DeadLetters deadLetters) {
        super(PROCESSING_GROUP, "outcome_fact_opportunity", List.of("outcome_fact"), template, streams, deadLetters);
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long sequence) {
        touch(event, sequence);
    }

    @Override
    protected void project(List<Stream> streams, Rows rows) {
        for (Stream stream : streams) {
            rows.progress(stream.opportunityId(), """
                            INSERT INTO outcome_fact_opportunity (opportunity_id, candidate_id, last_sequence) VALUES (?, ?, ?)
                            ON CONFLICT (opportunity_id) DO UPDATE SET last_sequence = excluded.last_sequence""",
                    stream.opportunityId().value(), stream.candidateId().value(), stream.history().lastSequence());
            for (OutcomeFact fact : OutcomeFacts.of(stream.history().effectiveEvents())) {
                rows.add(stream.opportunityId(), """
                                INSERT INTO outcome_fact (interview_id, opportunity_id, candidate_id, round, first_round, ended_at,
                                                          thank_you_timing, thank_you_channel, check_ins, first_reply_at,
                                                          first_reply_kind, deadline_passed, outcome, closed_at,
                                                          reply_days, closed_days, ended_second)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        fact.interviewId().value(), fact.opportunityId().value(), fact.candidateId().value(),
                        fact.round(), fact.firstRound(), Timestamp.from(fact.endedAt()), fact.thankYouTiming().name(),
                        name(fact.thankYouChannel()), fact.checkIns(), timestamp(fact.firstReplyAt()),
                        name(fact.firstReplyKind()), fact.deadlinePassed(), name(fact.outcome()),
                        timestamp(fact.closedAt()), fact.replyDays(), fact.closedDays(), fact.endedAt().getEpochSecond());
            }
        }
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
