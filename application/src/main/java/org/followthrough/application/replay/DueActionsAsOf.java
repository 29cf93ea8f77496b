package org.followthrough.application.replay;

import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionPosition;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.application.dueactions.WaitingView;
import org.followthrough.domain.followup.Advice;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Waiting;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate's open actions: live from the due-actions projection, or, for a moment in the past, by running the
 * same policy over their events as they stood then (the timeline's copy of them), with their settings as they stood
 * then (time zone, region, policy numbers).
 */
@Service
public record DueActionsAsOf(DueActions live, CandidateTimeline timeline, CandidatePolicy policy) {

    /**
     * The time zone the candidate lived in at {@code at}: an "as of" view reads and shows its days in it; {@code today}
     * for a candidate the app has no settings of.
     */
    public ZoneId zoneAt(CandidateId candidate, Instant at, ZoneId today) {
        return policy.zoneAt(candidate, at).orElse(today);
    }

    /** Most urgent first: every action, open or missed (whether one is missed depends on when one looks). */
    public List<DueActionView> list(FetchDueActions query) {
        return query.asOf() == null ? live.open(query.candidateId()) : replayed(query).actions();
    }

    /**
     * What the candidate is advised at {@code now} (the query's moment when it has one): the actions still worth
     * doing, those missed (past the time they were worth doing, each with its reason) and why some rules wait.
     */
    public CandidateAdvice advice(FetchDueActions query, Instant now) {
        Replayed replayed = query.asOf() == null
                ? new Replayed(live.open(query.candidateId()), live.waiting(query.candidateId()), null)
                : replayed(query);
        Instant at = query.asOf() == null ? now : query.asOf();
        List<DueActionView> open = replayed.actions().stream().filter(view -> !view.action().isMissedAt(at))
                .sorted(Comparator.comparing(DueActionView::action, DueAction.urgencyAt(at))).toList();
        List<DueActionView> missed = replayed.actions().stream().filter(view -> view.action().isMissedAt(at))
                .sorted(Comparator.comparing((DueActionView view) -> view.action().worth().until()).reversed())
                .toList();
        return new CandidateAdvice(open, missed, replayed.waiting(), replayed.zone());
    }

    /**
     * A page of the advice at {@code at} (the query's moment when it has one): up to {@code limit} of the actions worth
     * doing, most urgent first, after {@code after} if given; on the first page (no {@code after}) the first
     * {@code firstOfTheRest} missed actions and reasons to wait as well; on every page how many there are of each. The live list
     * is read a page at a time from the projection's tables; a past one is computed whole, then sliced.
     */
    public AdvicePage page(FetchDueActions query, Instant at, @Nullable DueActionPosition after, int limit,
                           int firstOfTheRest) {
        boolean first = after == null;
        if (query.asOf() == null) {
            CandidateId candidate = query.candidateId();
            List<WaitingView> waiting = live.waiting(candidate);
            return new AdvicePage(live.open(candidate, at, after, limit),
                    first ? live.missed(candidate, at, firstOfTheRest) : List.of(),
                    first ? waiting.stream().limit(firstOfTheRest).toList() : List.of(),
                    live.missedCount(candidate, at), waiting.size());
        }
        CandidateAdvice advice = advice(query, at);
        return new AdvicePage(advice.open().stream().filter(view -> first || after.precedes(view.action()))
                .limit(limit).toList(),
                first ? advice.missed().stream().limit(firstOfTheRest).toList() : List.of(),
                first ? advice.waiting().stream().limit(firstOfTheRest).toList() : List.of(),
                advice.missed().size(), advice.waiting().size());
    }

    /** A page of advice: the actions worth doing, and on the first page the first missed ones and reasons to wait. */
    public record AdvicePage(List<DueActionView> open, List<DueActionView> missed, List<WaitingView> waiting,
                             int missedTotal, int waitingTotal) {

        public AdvicePage {
            open = List.copyOf(open);
            missed = List.copyOf(missed);
            waiting = List.copyOf(waiting);
        }
    }

    /**
     * The actions worth doing, the missed ones, and the reasons to wait; {@code zoneThen}: for a past moment, the time
     * zone the candidate lived in then (their dates read in it), none for the live list.
     */
    public record CandidateAdvice(List<DueActionView> open, List<DueActionView> missed, List<WaitingView> waiting,
                                  @Nullable ZoneId zoneThen) {

        public CandidateAdvice {
            open = List.copyOf(open);
            missed = List.copyOf(missed);
            waiting = List.copyOf(waiting);
        }
    }

    private record Replayed(List<DueActionView> actions, List<WaitingView> waiting, @Nullable ZoneId zone) {
    }

    private Replayed replayed(FetchDueActions query) {
        Instant asOf = query.asOf();
        Map<OpportunityId, List<OpportunityHistory.Entry>> entries = new LinkedHashMap<>();
        Map<OpportunityId, OpportunitySummary> opportunities = new LinkedHashMap<>();
        for (TimelineEntry entry : timeline.allEntries(query.candidateId(), asOf,
                query.basis())) {
            OpportunityId id = entry.opportunity().opportunityId();
            entries.computeIfAbsent(id, key -> new ArrayList<>())
                    .add(new OpportunityHistory.Entry(entry.recorded().sequence(), entry.recorded().event()));
            opportunities.putIfAbsent(id, entry.opportunity());
        }
        // the calendar and numbers the candidate had then, as the app had been told them by then
        CandidatePolicy.Applied applied = policy.asItStood(query.candidateId()).at(asOf);
        // as the app knew it: the entries it had been told of by then, whenever they happened
        Instant judgedAt = query.basis() == Basis.OCCURRED ? asOf : Instant.MAX;
        List<DueActionView> views = new ArrayList<>();
        List<WaitingView> waiting = new ArrayList<>();
        entries.forEach((opportunity, opportunityEntries) -> {
            OpportunitySummary summary = opportunities.get(opportunity);
            Advice advice = applied.adviceAt(opportunity, OpportunityHistory.ofEntries(opportunityEntries), judgedAt);
            for (DueAction action : advice.actions()) {
                views.add(new DueActionView(summary.company(), summary.role(), action));
            }
            for (Waiting reason : advice.waiting()) {
                waiting.add(new WaitingView(summary.company(), summary.role(), reason));
            }
        });
        views.sort(Comparator.comparing(DueActionView::action, DueAction.BY_URGENCY));
        return new Replayed(views, waiting, applied.calendar().zone());
    }
}
