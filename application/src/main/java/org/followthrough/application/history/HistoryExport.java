package org.followthrough.application.history;

import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Writes the candidate's whole history, read from the event store itself, into a {@link HistoryDocument}. */
@Service
public class HistoryExport {

    private final JdbcClient jdbc;
    private final OpportunityEventLog eventLog;
    private final CandidateSettingsStore settings;
    private final JsonMapper json;
    private final Clock clock;

    public HistoryExport(JdbcClient jdbc, OpportunityEventLog eventLog, CandidateSettingsStore settings, JsonMapper json,
                         Clock clock) {
        this.jdbc = jdbc;
        this.eventLog = eventLog;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    public HistoryDocument export(CandidateId candidate) {
        CandidateSettings current = settings.of(candidate).orElse(null);
        HistoryDocument.Settings part = current == null ? new HistoryDocument.Settings("UTC", "GB", FollowUpPolicy.DEFAULTS)
                : new HistoryDocument.Settings(current.timeZone().getId(), current.region().code(), current.policy());
        List<HistoryDocument.Opportunity> opportunities = jdbc.sql("""
                        SELECT opportunity_id FROM timeline_opportunity WHERE candidate_id = ? ORDER BY opened_at, opportunity_id""")
                .param(candidate.value())
                .query((row, number) -> OpportunityId.of(row.getObject(1, UUID.class)))
                .list()
                .stream()
                .map(id -> new HistoryDocument.Opportunity(id.toString(), eventLog.eventsOf(id, candidate).stream()
                        .map(this::event)
                        .toList()))
                .toList();
        return new HistoryDocument(HistoryDocument.FORMAT, HistoryDocument.VERSION, clock.instant(), part, opportunities);
    }

    private HistoryDocument.Event event(RecordedEvent recorded) {
        return new HistoryDocument.Event(recorded.sequence(), recorded.type(), recorded.occurredAt(), recorded.recordedAt(),
                json.valueToTree(recorded.event()));
    }
}
