package org.followthrough.application.replay;

import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate's open actions: live from the due-actions projection, or, for a moment in the past, by running the
 * same policy over their events as they stood then (the timeline's copy of them).
 */
@Service
public class DueActionsAsOf {

    private final DueActions live;
    private final CandidateTimeline timeline;
    private final CandidatePolicy policy;

    public DueActionsAsOf(DueActions live, CandidateTimeline timeline, CandidatePolicy policy) {
        this.live = live;
        this.timeline = timeline;
        this.policy = policy;
    }

    /** Most urgent first. */
    public List<DueActionView> list(FetchDueActions query) {
        Instant asOf = query.asOf();
        if (asOf == null) {
            return live.open(query.candidateId());
        }

        Map<OpportunityId, List<OpportunityHistory.Entry>> entries = new LinkedHashMap<>();
        Map<OpportunityId, OpportunitySummary> opportunities = new LinkedHashMap<>();
        for (TimelineEntry entry : timeline.allEntries(query.candidateId(), asOf,
                query.basis())) {
            OpportunityId id = entry.opportunity().opportunityId();
            entries.computeIfAbsent(id, key -> new ArrayList<>())
                    .add(new OpportunityHistory.Entry(entry.recorded().sequence(), entry.recorded().event()));
            opportunities.putIfAbsent(id, entry.opportunity());
        }
        CandidatePolicy.Applied applied = policy.of(query.candidateId());
        // as the app knew it: the entries it had been told of by then, whenever they happened
        Instant judgedAt = query.basis() == Basis.OCCURRED ? asOf : Instant.MAX;
        List<DueActionView> views = new ArrayList<>();
        entries.forEach((opportunity, opportunityEntries) -> {
            OpportunitySummary summary = opportunities.get(opportunity);
            for (DueAction action : applied.openAt(opportunity, OpportunityHistory.ofEntries(opportunityEntries), judgedAt)) {
                views.add(new DueActionView(summary.company(), summary.role(), action));
            }
        });
        views.sort(Comparator.comparing(DueActionView::action, DueAction.BY_URGENCY));
        return views;
    }
}
