package org.followthrough.application.replay;

import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.FetchOpportunityEntries;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.application.timeline.TimelineCursor;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.application.timeline.TimelinePage;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Days;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline page's content: a page of the candidate's entries as they stood at the end of a day (by when things
 * happened, or by what the app had been told), the actions open right after each entry shown, and what was open then
 * overall.
 */
@Service
public record TimelineAsOf(CandidateTimeline timeline, DueActionsAsOf dueActions, CandidatePolicy policy, Clock clock) {

    /**
     * @param asOf        the end of this day; none for now
     * @param known       by what the app had been told by then, rather than by what had happened
     * @param opportunity only this opportunity's entries, if given
     * @param from        only entries that happened on this day or later, if given
     * @param to          only entries that happened on this day or earlier, if given
     * @param after       the page after this position (the previous page's {@code next} token), if given
     */
    public record Query(CandidateId candidate, ZoneId zone, @Nullable LocalDate asOf, boolean known,
                        @Nullable OpportunityId opportunity, @Nullable LocalDate from, @Nullable LocalDate to,
                        @Nullable String after) {

        Query in(ZoneId then) {
            return new Query(candidate, then, asOf, known, opportunity, from, to, after);
        }
    }

    /**
     * @param at            the moment it is seen from
     * @param zone          the candidate's time zone then (today's for now), to show the view's times in
     * @param page          the entries, newest first
     * @param openAfter     per entry shown (by event id), the actions open right after it
     * @param openAtTheTime what was open at {@code at} (of the one opportunity, if the query named one), most urgent first
     * @param opportunities all the candidate's opportunities, to choose from
     */
    public record View(Instant at, ZoneId zone, TimelinePage page, Map<String, List<DueAction>> openAfter,
                       List<DueActionView> openAtTheTime, List<OpportunitySummary> opportunities) {
    }

    public View of(Query today) {
        // a past day, and the days that narrow the page, are read on the calendar the candidate had then
        Query query = today.asOf() == null ? today : today.in(dueActions.zoneAt(today.candidate(),
                Days.lastMomentOf(today.asOf(), today.zone()), today.zone()));
        Instant at = query.asOf() == null ? clock.instant() : Days.lastMomentOf(query.asOf(), query.zone());
        Basis basis = query.known() ? Basis.RECORDED : Basis.OCCURRED;
        TimelinePage page = timeline.page(new FetchTimeline(query.candidate(), at, basis, query.opportunity(),
                query.from() == null ? null : Days.startOf(query.from(), query.zone()),
                query.to() == null ? null : Days.endOf(query.to(), query.zone()), FetchTimeline.PAGE,
                query.after() == null ? null : TimelineCursor.parse("after", query.after())));
        FetchDueActions due = query.asOf() == null ? FetchDueActions.now(query.candidate())
                : new FetchDueActions(query.candidate(), at, basis);
        List<DueActionView> openAtTheTime = dueActions.list(due).stream()
                .filter(view -> query.opportunity() == null || view.action().opportunityId().equals(query.opportunity()))
                .sorted((a, b) -> DueAction.urgencyAt(at).compare(a.action(), b.action()))
                .toList();
        return new View(at, query.zone(), page, openAfter(query.candidate(), page.entries(), at, basis), openAtTheTime,
                timeline.opportunities(query.candidate()));
    }

    /** For each entry shown, the actions open right after it, by the same policy as the live list. */
    private Map<String, List<DueAction>> openAfter(CandidateId candidate, List<TimelineEntry> shown, Instant at,
                                                   Basis basis) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        List<OpportunityId> ids = shown.stream().map(entry -> entry.opportunity().opportunityId()).distinct().toList();
        Map<OpportunityId, List<OpportunityHistory.Entry>> histories = new LinkedHashMap<>();
        timeline.entries(new FetchOpportunityEntries(candidate, ids, at, basis)).forEach(entry -> histories
                .computeIfAbsent(entry.opportunity().opportunityId(), key -> new ArrayList<>())
                .add(new OpportunityHistory.Entry(entry.recorded().sequence(), entry.recorded().event())));
        CandidatePolicy.AsItStood settings = policy.asItStood(candidate);
        Map<String, List<DueAction>> open = new LinkedHashMap<>();
        for (TimelineEntry entry : shown) {
            OpportunityId id = entry.opportunity().opportunityId();
            // the policy as of the moment this happened: everything that had happened by then counts, under the
            // calendar and numbers the candidate had then
            Instant then = entry.recorded().occurredAt();
            open.put(entry.recorded().eventId(), settings.at(then).openAt(id,
                    OpportunityHistory.ofEntries(histories.getOrDefault(id, List.of())), then));
        }
        return open;
    }
}
