package org.followthrough.web.pages;

import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.replay.DueActionsAsOf;
import org.followthrough.domain.shared.Days;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.timeline.FetchOpportunityEntries;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.application.timeline.TimelineCursor;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.application.timeline.TimelinePage;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.site.format.Formats;
import org.followthrough.site.forms.Choice;
import org.followthrough.site.timeline.OpportunityGroup;
import org.followthrough.site.timeline.TimelineItem;
import org.followthrough.site.timeline.TimelineView;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in candidate's events, grouped by opportunity, newest first, fifty a page; as they stood on a day
 * (by when things happened or by what the app knew), for one opportunity or a period, with the actions that
 * were open right after each entry.
 */
@Controller
class TimelinePages {

    static final String VIEW = "timeline/timeline";

    private final CandidateTimeline timeline;
    private final DueActionsAsOf dueActions;
    private final CandidatePolicy replay;
    private final Clock clock;

    TimelinePages(CandidateTimeline timeline, DueActionsAsOf dueActions, CandidatePolicy replay, Clock clock) {
        this.timeline = timeline;
        this.dueActions = dueActions;
        this.replay = replay;
        this.clock = clock;
    }

    @GetMapping("/timeline")
    String timeline(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String asOf,
                    @RequestParam(required = false) @Nullable String mode,
                    @RequestParam(required = false) @Nullable String opportunity,
                    @RequestParam(required = false) @Nullable String from,
                    @RequestParam(required = false) @Nullable String to,
                    @RequestParam(required = false) @Nullable String after, Model model) {
        ZoneId zone = me.timeZone();
        LocalDate day = day(asOf);
        boolean known = "known".equals(mode);
        Instant at = day == null ? clock.instant() : endOf(day, zone);
        OpportunityId only = opportunityId(opportunity);
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        TimelineCursor cursor = after == null || after.isBlank() ? null : TimelineCursor.parse("after", after);
        FetchTimeline.Basis basis = known ? FetchTimeline.Basis.RECORDED : FetchTimeline.Basis.OCCURRED;
        TimelinePage page = timeline.page(new FetchTimeline(me.candidateId(), at, basis, only,
                        fromDay == null ? null : Days.startOf(fromDay, zone),
                        toDay == null ? null : Days.endOf(toDay, zone), FetchTimeline.PAGE, cursor));
        Map<String, List<String>> openThen = openThen(me, page.entries(), at, basis, zone);

        List<Choice> opportunities = timeline.opportunities(me.candidateId()).stream()
                .map(summary -> new Choice(summary.opportunityId().toString(), summary.role() + " at " + summary.company()))
                .toList();
        UriComponentsBuilder links = UriComponentsBuilder.fromPath("/timeline");
        addIf(links, "asOf", day == null ? null : day.toString());
        addIf(links, "mode", known ? "known" : null);
        addIf(links, "opportunity", only == null ? null : only.toString());
        addIf(links, "from", fromDay == null ? null : fromDay.toString());
        addIf(links, "to", toDay == null ? null : toDay.toString());
        String newest = cursor == null ? null : links.cloneBuilder().build().encode().toUriString();
        String older = page.next() == null ? null
                : links.cloneBuilder().queryParam("after", page.next().token()).build().encode().toUriString();
        FetchDueActions dueQuery = day == null ? FetchDueActions.now(me.candidateId())
                : new FetchDueActions(me.candidateId(), at, known ? FetchDueActions.Basis.RECORDED : FetchDueActions.Basis.OCCURRED);
        List<String> openAtTheTime = dueActions.list(dueQuery)
                .stream()
                .filter(view -> only == null || view.action().opportunityId().equals(only))
                .sorted((a, b) -> DueAction.urgencyAt(at).compare(a.action(), b.action()))
                .map(view -> OpportunityPages.line(view.action(), at, zone) + " (" + view.role() + " at " + view.company() + ")")
                .toList();
        model.addAttribute("view", new TimelineView(zone, day, known, opportunities, only == null ? null : only.toString(),
                fromDay, toDay, group(page.entries(), zone, openThen), older, newest, "/timeline/export", openAtTheTime));
        return VIEW;
    }

    /** For each entry shown, the actions open right after it, by the same policy as the live list. */
    private Map<String, List<String>> openThen(SignedInUser me, List<TimelineEntry> shown, Instant at,
                                               FetchTimeline.Basis basis, ZoneId zone) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        List<OpportunityId> ids = shown.stream().map(entry -> entry.opportunity().opportunityId()).distinct().toList();
        List<TimelineEntry> all = timeline.entries(new FetchOpportunityEntries(me.candidateId(), ids, at, basis));
        Map<OpportunityId, List<OpportunityHistory.Entry>> histories = new LinkedHashMap<>();
        all.forEach(entry -> histories.computeIfAbsent(entry.opportunity().opportunityId(), key -> new ArrayList<>())
                .add(new OpportunityHistory.Entry(entry.recorded().sequence(), entry.recorded().event())));
        CandidatePolicy.Applied context = replay.of(me.candidateId());
        Map<String, List<String>> open = new LinkedHashMap<>();
        for (TimelineEntry entry : shown) {
            OpportunityId id = entry.opportunity().opportunityId();
            Instant moment = entry.recorded().occurredAt();
            // the policy as of the moment this happened: everything that had happened by then counts
            List<DueAction> actions = context.openAt(id,
                    OpportunityHistory.ofEntries(histories.getOrDefault(id, List.of())), moment);
            open.put(entry.recorded().eventId(), actions.stream()
                    .map(action -> action.action() + " — " + due(action, moment, zone))
                    .collect(Collectors.toList()));
        }
        return open;
    }

    private static String due(DueAction action, Instant moment, ZoneId zone) {
        String when = action.dueAt() != null ? "by " + Formats.dateTime(action.dueAt(), zone) : "on " + Formats.day(action.dueOn());
        return action.isOverdueAt(moment) ? "overdue, was due " + when.substring(3) : "due " + when;
    }

    private static List<OpportunityGroup> group(List<TimelineEntry> entries, ZoneId zone, Map<String, List<String>> openThen) {
        Map<String, OpportunitySummary> opportunities = new LinkedHashMap<>();
        Map<String, List<TimelineItem>> items = new LinkedHashMap<>();
        for (TimelineEntry entry : entries) {
            String id = entry.opportunity().opportunityId().toString();
            opportunities.putIfAbsent(id, entry.opportunity());
            items.computeIfAbsent(id, key -> new ArrayList<>()).add(new TimelineItem(entry.recorded().sequence(),
                    entry.recorded().event(), entry.recorded().recordedAt(), entry.retracted(), zone,
                    openThen.getOrDefault(entry.recorded().eventId(), List.of())));
        }
        return opportunities.entrySet().stream()
                .map(opportunity -> new OpportunityGroup(opportunity.getKey(), opportunity.getValue().company(),
                        opportunity.getValue().role(), outcome(items.get(opportunity.getKey())),
                        items.get(opportunity.getKey())))
                .toList();
    }

    /** How the opportunity had ended by then, if it had: the newest closing entry still on the record. */
    private static @Nullable String outcome(List<TimelineItem> newestFirst) {
        return newestFirst.stream()
                .filter(item -> !item.retracted() && item.event() instanceof OpportunityClosed)
                .map(item -> ((OpportunityClosed) item.event()).outcome().name())
                .findFirst()
                .orElse(null);
    }

    static Instant endOf(LocalDate day, ZoneId zone) {
        return Days.lastMomentOf(day, zone);
    }

    static @Nullable LocalDate day(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable OpportunityId opportunityId(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OpportunityId.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void addIf(UriComponentsBuilder builder, String name, @Nullable String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }
}
