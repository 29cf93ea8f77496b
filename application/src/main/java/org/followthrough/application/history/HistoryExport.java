package org.followthrough.application.history;

import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/** Writes the candidate's whole history, read from the event store itself, into a {@link HistoryDocument}. */
@Service
public record HistoryExport(CandidateTimeline timeline, OpportunityEventLog eventLog, CandidateSettingsStore settings,
                            JsonMapper json, Clock clock) {

    public HistoryDocument export(CandidateId candidate) {
        CandidateSettings current = settings.of(candidate).orElse(null);
        HistoryDocument.Settings part = current == null ? new HistoryDocument.Settings("UTC", "GB", FollowUpPolicy.DEFAULTS)
                : new HistoryDocument.Settings(current.timeZone().getId(), current.region().code(), current.policy());
        List<HistoryDocument.Opportunity> opportunities = timeline.opportunityIdsOldestFirst(candidate).stream()
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
