package org.followthrough.application.replay;

import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.history.HistoryDocument;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.EventTypes;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A downloaded history read back as a timeline, without the app: newest first, corrections marked. */
class HistoryTimelineTest {

    private final JsonMapper json = ProjectionDatabase.json();

    @Test
    void eachOpportunitysEntriesComeNewestFirstWithWhatACorrectionTookBackMarked() {
        AdaAtAcme acme = new AdaAtAcme();
        acme.record(new EntryRetracted(acme.acme, acme.ada, 1, "the wrong day", Instant.parse("2026-03-11T09:00:00Z")),
                Instant.parse("2026-03-11T09:00:00Z"));
        AdaAtAcme later = new AdaAtAcme();
        later.record(new EntryRetracted(later.acme, later.ada, 1, "", Instant.parse("2026-03-20T09:00:00Z")),
                Instant.parse("2026-03-20T09:00:00Z"));
        HistoryDocument document = document(opportunity(acme), opportunity(later),
                new HistoryDocument.Opportunity("no-opening", List.of()));

        List<HistoryTimeline.Opportunity> read = HistoryTimeline.of(document, json);

        assertThat(read).extracting(HistoryTimeline.Opportunity::id)
                .containsExactly(later.acme.toString(), acme.acme.toString());
        HistoryTimeline.Opportunity first = read.get(1);
        assertThat(first.opened().company()).isEqualTo("Acme");
        assertThat(first.newestFirst()).extracting(HistoryTimeline.Entry::sequence).containsExactly(2L, 1L, 0L);
        assertThat(first.newestFirst()).extracting(HistoryTimeline.Entry::retracted).containsExactly(false, true, false);
    }

    private HistoryDocument.Opportunity opportunity(AdaAtAcme world) {
        return new HistoryDocument.Opportunity(world.acme.toString(), world.entries().stream()
                .map(recorded -> event(recorded.sequence(), recorded.event(), recorded.recordedAt()))
                .toList());
    }

    private HistoryDocument.Event event(long sequence, OpportunityEvent event, Instant recordedAt) {
        return new HistoryDocument.Event(sequence, EventTypes.nameOf(event), event.occurredAt(), recordedAt,
                json.valueToTree(event));
    }

    private static HistoryDocument document(HistoryDocument.Opportunity... opportunities) {
        return new HistoryDocument(HistoryDocument.FORMAT, HistoryDocument.VERSION, Instant.parse("2026-04-01T00:00:00Z"),
                new HistoryDocument.Settings("Europe/Berlin", "DE", FollowUpPolicy.DEFAULTS), List.of(opportunities));
    }
}
