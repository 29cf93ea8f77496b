package org.followthrough.application.dashboard;

import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.dueactions.WaitingView;
import org.followthrough.application.replay.DueActionsAsOf;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Days;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What to do next, sorted into the buckets a person plans by: overdue, due today, due within the week, later (and
 * every low-priority suggestion, whenever it suits). Now, or as it stood at the end of a past day.
 */
@Service
public record Dashboard(DueActionsAsOf dueActions, CandidateTimeline timeline, Clock clock) {

    /** The buckets, in the order they are shown. */
    public enum Bucket { OVERDUE, TODAY, THIS_WEEK, LATER }

    /**
     * @param now           the moment the list is seen from
     * @param zone          the candidate's time zone at that moment (for a past day, the one they lived in then)
     * @param today         that moment's day on the candidate's calendar
     * @param buckets       every bucket, most urgent action first in each
     * @param opportunities the candidate's opportunities, most recently opened first
     * @param missed        the actions whose time had passed, each with its reason, the most recently missed first
     * @param waiting       why some rules hold back, per opportunity
     */
    public record View(Instant now, ZoneId zone, LocalDate today, Map<Bucket, List<DueActionView>> buckets,
                       List<OpportunitySummary> opportunities, List<DueActionView> missed, List<WaitingView> waiting) {
    }

    /**
     * @param today the candidate's time zone today
     * @param asOf  a past day, seen from its end; none for now
     * @param known seen by what the app had been told by then, rather than by what had happened
     */
    public View of(CandidateId candidate, ZoneId today, @Nullable LocalDate asOf, boolean known) {
        // a past day is read on the calendar the candidate had then
        ZoneId zone = asOf == null ? today : dueActions.zoneAt(candidate, Days.lastMomentOf(asOf, today), today);
        Instant now = asOf == null ? clock.instant() : Days.lastMomentOf(asOf, zone);
        LocalDate day = LocalDate.ofInstant(now, zone);
        FetchDueActions query = asOf == null ? FetchDueActions.now(candidate)
                : new FetchDueActions(candidate, now, known ? Basis.RECORDED : Basis.OCCURRED);
        Map<Bucket, List<DueActionView>> buckets = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            buckets.put(bucket, new ArrayList<>());
        }
        DueActionsAsOf.CandidateAdvice advice = dueActions.advice(query, now);
        advice.open().stream().filter(view -> view.action().isAskedAt(now))
                .forEach(view -> buckets.get(bucket(view.action(), now, day, zone)).add(view));
        return new View(now, zone, day, buckets, timeline.opportunities(candidate), advice.missed(), advice.waiting());
    }

    static Bucket bucket(DueAction action, Instant now, LocalDate today, ZoneId zone) {
        if (action.isOverdueAt(now)) {
            return Bucket.OVERDUE;
        }
        if (action.priority() == Priority.LOW) {
            return Bucket.LATER;
        }
        LocalDate dueDay = action.dueOn() != null ? action.dueOn() : LocalDate.ofInstant(action.dueAt(), zone);
        return dueDay.equals(today) ? Bucket.TODAY : dueDay.isBefore(today.plusDays(7)) ? Bucket.THIS_WEEK : Bucket.LATER;
    }
}
