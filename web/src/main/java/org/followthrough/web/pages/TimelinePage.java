package org.followthrough.web.pages;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.domain.opportunity.OpportunityClosed;
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

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signed-in candidate's events, grouped by opportunity, newest first; optionally as they stood on a day. */
@Controller
class TimelinePage {

    static final String VIEW = "timeline/timeline";

    private final QueryGateway queries;
    private final Clock clock;

    TimelinePage(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/timeline")
    String timeline(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String asOf,
                    Model model) {
        ZoneId zone = me.timeZone();
        LocalDate day = parseDay(asOf);
        Instant at = day == null ? clock.instant()
                : day.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
        List<TimelineEntry> entries = queries.query(new FetchTimeline(me.candidateId(), at, FetchTimeline.DEFAULT_LIMIT),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
        model.addAttribute("view", new TimelineView(zone, day, group(entries, zone)));
        return VIEW;
    }

    private static List<OpportunityGroup> group(List<TimelineEntry> entries, ZoneId zone) {
        Map<String, OpportunitySummary> opportunities = new LinkedHashMap<>();
        Map<String, List<TimelineItem>> items = new LinkedHashMap<>();
        for (TimelineEntry entry : entries) {
            String id = entry.opportunity().opportunityId().toString();
            opportunities.putIfAbsent(id, entry.opportunity());
            items.computeIfAbsent(id, key -> new ArrayList<>()).add(new TimelineItem(entry.recorded().sequence(),
                    entry.recorded().event(), entry.recorded().recordedAt(), entry.retracted(), zone));
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

    private static @Nullable LocalDate parseDay(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
