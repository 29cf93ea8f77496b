package org.followthrough.application;

import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.FetchOpportunityEntries;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.application.timeline.TimelinePage;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A small world for the application's services: Ada pursues a role at Acme, interviewed on Tuesday 10 March 2026 with
 * Grace Hopper, who said they would decide by Friday 20 March. Her entries are kept here as the store would keep them,
 * and the timeline's questions are answered from them (a stand-in for the projection, which has tests of its own).
 */
public class AdaAtAcme implements CandidateTimeline {

    public static final Instant INTERVIEW_END = Instant.parse("2026-03-10T14:00:00Z");

    public final CandidateId ada = CandidateId.of(UUID.randomUUID());
    public final OpportunityId acme = OpportunityId.of(UUID.randomUUID());
    public final InterviewId interview = InterviewId.of(UUID.randomUUID());
    private final List<RecordedEvent> entries = new ArrayList<>();

    public AdaAtAcme() {
        record(new OpportunityOpened(acme, ada, "Acme", "Backend Engineer", Instant.parse("2026-03-01T09:00:00Z")),
                Instant.parse("2026-03-01T09:00:00Z"));
        record(new InterviewHeld(acme, ada, interview, 1, Instant.parse("2026-03-10T13:00:00Z"), INTERVIEW_END,
                List.of(new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example")),
                DecisionTimeline.by(LocalDate.of(2026, 3, 20))), INTERVIEW_END);
    }

    /** Appends an entry, told to the app at {@code recordedAt}. */
    public AdaAtAcme record(OpportunityEvent event, Instant recordedAt) {
        entries.add(new RecordedEvent(UUID.randomUUID().toString(), entries.size(), recordedAt, event));
        return this;
    }

    public List<RecordedEvent> entries() {
        return List.copyOf(entries);
    }

    public OpportunitySummary summary() {
        return new OpportunitySummary(acme, "Acme", "Backend Engineer", Instant.parse("2026-03-01T09:00:00Z"), null, null);
    }

    private List<TimelineEntry> asOf(Instant at, Basis basis) {
        List<RecordedEvent> known = entries.stream()
                .filter(recorded -> !(basis == Basis.OCCURRED ? recorded.occurredAt() : recorded.recordedAt())
                        .isAfter(at))
                .toList();
        return known.stream().map(recorded -> new TimelineEntry(summary(), recorded, recorded.sequence(),
                known.stream().map(RecordedEvent::event)
                        .filter(event -> event instanceof EntryRetracted retraction
                                && retraction.retractedSequence() == recorded.sequence())
                        .findFirst().map(event -> recorded.sequence()).orElse(null))).toList();
    }

    @Override
    public TimelinePage page(FetchTimeline query) {
        return new TimelinePage(asOf(query.at(), query.basis()).stream()
                .sorted(Comparator.comparing((TimelineEntry entry) -> entry.recorded().occurredAt()).reversed())
                .toList(), null);
    }

    @Override
    public List<TimelineEntry> entries(FetchOpportunityEntries query) {
        return query.opportunities().contains(acme) ? asOf(query.at(), query.basis()) : List.of();
    }

    @Override
    public List<TimelineEntry> allEntries(CandidateId candidate, Instant at, Basis basis) {
        return candidate.equals(ada) ? asOf(at, basis) : List.of();
    }

    @Override
    public List<OpportunitySummary> opportunities(CandidateId candidate) {
        return candidate.equals(ada) ? List.of(summary()) : List.of();
    }

    @Override
    public List<OpportunityId> opportunityIdsOldestFirst(CandidateId candidate) {
        return candidate.equals(ada) ? List.of(acme) : List.of();
    }

    @Override
    public boolean hasOpportunities(CandidateId candidate) {
        return candidate.equals(ada);
    }

    @Override
    public List<String> companiesBesides(CandidateId candidate, OpportunityId opportunity) {
        return List.of();
    }

    @Override
    public List<String> interviewersBesides(CandidateId candidate, OpportunityId opportunity) {
        return List.of();
    }

    @Override
    public List<CandidateTally> decisionDaysPassedWithoutCheckIn(List<CandidateId> candidates, Instant now) {
        return List.of();
    }

    @Override
    public List<CandidateTally> quietSince(List<CandidateId> candidates, Instant quietSince) {
        return List.of();
    }
}
