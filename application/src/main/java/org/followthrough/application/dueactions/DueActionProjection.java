package org.followthrough.application.dueactions;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.followthrough.application.opportunities.ProjectionProgress;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.FollowUpRules;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.followup.PublicHolidays;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code due_action} equal to what the follow-up policy says for each opportunity's whole history. Every
 * event marks its opportunity; once per batch, each marked opportunity is recomputed from its event stream and its
 * rows replaced, so redelivery and replays change nothing and a batch of a thousand events costs one computation
 * per opportunity. A settings change recomputes all of that candidate's opportunities.
 */
@Component
@ProcessingGroup(DueActionProjection.PROCESSING_GROUP)
class DueActionProjection implements ProjectionProgress {

    public static final String PROCESSING_GROUP = "due-actions";
    private static final Logger log = LoggerFactory.getLogger(DueActionProjection.class);
    private static final String TOUCHED = DueActionProjection.class.getName() + ".touched";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventStore eventStore;
    private final CandidateSettingsStore settings;
    private final PublicHolidayCalendars holidays;

    DueActionProjection(JdbcClient jdbc, JsonMapper json, EventStore eventStore, CandidateSettingsStore settings,
                        PublicHolidayCalendars holidays) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventStore = eventStore;
        this.settings = settings;
        this.holidays = holidays;
    }

    @EventHandler
    void on(OpportunityEvent event) {
        touched().add(event.opportunityId());
    }

    @EventHandler
    void on(CandidateSettingsChanged changed) {
        touched().addAll(jdbc.sql("SELECT opportunity_id FROM due_action_opportunity WHERE candidate_id = ?")
                .param(changed.candidateId().value())
                .query((row, number) -> OpportunityId.of(row.getObject(1, UUID.class)))
                .list());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM due_action").update();
        jdbc.sql("DELETE FROM due_action_opportunity").update();
    }

    @Override
    public String name() {
        return PROCESSING_GROUP;
    }

    @Override
    public boolean hasProcessed(OpportunityId opportunityId, long sequence) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM due_action_opportunity WHERE opportunity_id = ? AND last_sequence >= ?)")
                .params(opportunityId.value(), sequence)
                .query(Boolean.class)
                .single();
    }

    /** The opportunities marked in this batch; recomputed once, just before the batch commits. */
    private Set<OpportunityId> touched() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(TOUCHED, key -> {
            Set<OpportunityId> ids = new LinkedHashSet<>();
            unitOfWork.onPrepareCommit(work -> ids.forEach(this::recompute));
            return ids;
        });
    }

    void recompute(OpportunityId opportunityId) {
        List<OpportunityEvent> events = eventStore.readEvents(opportunityId.toString()).asStream()
                .map(message -> message.getPayload())
                .filter(OpportunityEvent.class::isInstance)
                .map(OpportunityEvent.class::cast)
                .toList();
        if (events.isEmpty()) {
            return;
        }
        CandidateId candidate = events.getFirst().candidateId();
        OpportunityHistory history = OpportunityHistory.of(events);
        Optional<CandidateSettings> candidateSettings = settings.of(candidate);
        if (candidateSettings.isEmpty()) {
            log.warn("No settings for candidate {}; computing due actions in UTC without holidays", candidate);
        }
        BusinessCalendar calendar = candidateSettings.map(found -> found.calendar(holidays))
                .orElseGet(() -> new BusinessCalendar(ZoneOffset.UTC, PublicHolidays.NONE));
        FollowUpPolicy policy = candidateSettings.map(CandidateSettings::policy).orElse(FollowUpPolicy.DEFAULTS);
        List<DueAction> actions = FollowUpRules.dueActions(opportunityId, history, Instant.MAX, calendar, policy);
        OpportunityOpened opened = events.getFirst() instanceof OpportunityOpened first ? first : null;
        jdbc.sql("""
                        INSERT INTO due_action_opportunity (opportunity_id, candidate_id, company, role, last_sequence)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (opportunity_id) DO UPDATE SET company = excluded.company, role = excluded.role,
                            last_sequence = excluded.last_sequence""")
                .params(opportunityId.value(), candidate.value(), opened == null ? null : opened.company(),
                        opened == null ? null : opened.role(), history.lastSequence())
                .update();
        jdbc.sql("DELETE FROM due_action WHERE opportunity_id = ?").param(opportunityId.value()).update();
        for (DueAction action : actions) {
            jdbc.sql("""
                            INSERT INTO due_action (opportunity_id, action_key, candidate_id, rule, action, due_at, due_on,
                                                    deadline, priority, explanation, hint)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(opportunityId.value(), action.key(), candidate.value(), action.rule().name(), action.action(),
                            action.dueAt() == null ? null : Timestamp.from(action.dueAt()),
                            action.dueOn() == null ? null : Date.valueOf(action.dueOn()),
                            Timestamp.from(action.deadline()), action.priority().name(), action.explanation(),
                            json.writeValueAsString(action.hint()))
                    .update();
        }
    }
}
