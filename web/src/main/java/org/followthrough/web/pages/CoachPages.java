package org.followthrough.web.pages;

import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.analytics.Scope;
import org.followthrough.application.coaching.CoachException;
import org.followthrough.application.coaching.CoachExceptions;
import org.followthrough.application.coaching.SharingCandidate;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.TimelinePage;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.site.analytics.CoachTimelineView;
import org.followthrough.site.analytics.CoachView;
import org.followthrough.site.format.Formats;
import org.followthrough.site.timeline.EventWording;
import org.followthrough.web.analytics.FigureCsv;
import org.followthrough.web.analytics.FigurePages;
import org.followthrough.web.analytics.FigureRequest;
import org.followthrough.web.analytics.Figures;
import org.followthrough.web.analytics.Viewers;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The coach's pages: figures over the candidates who share with them (charts, the same numbers in tables, CSV), the
 * exceptions worth a look, and a sharing candidate's timeline where that candidate allowed it, read-only and without
 * any message text or note.
 */
@Controller
class CoachPages {

    static final String VIEW = "coach/coach";
    static final String TIMELINE_VIEW = "coach/timeline";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Figures figures;
    private final Viewers viewers;
    private final CoachExceptions exceptions;
    private final FigurePages pages;
    private final CandidateTimeline timeline;
    private final Clock clock;

    CoachPages(Figures figures, Viewers viewers, CoachExceptions exceptions, FigurePages pages,
               CandidateTimeline timeline, Clock clock) {
        this.figures = figures;
        this.viewers = viewers;
        this.exceptions = exceptions;
        this.pages = pages;
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping("/coach")
    String coach(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String groupBy,
                 @RequestParam(required = false) @Nullable String within, @RequestParam(required = false) @Nullable String from,
                 @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String asOf,
                 Model model) {
        ZoneId zone = me.timeZone();
        FigureFilters filters = FigureFilters.read(groupBy, within, from, to, asOf, zone, clock);
        FigureRequest request = filters.request();
        List<SharingCandidate> sharing = viewers.sharingWith(me);
        Scope scope = viewers.coach(me, sharing);
        var shown = pages.view("/coach", request, filters.asOf(), filters.problem(), figures.rates(scope, request),
                figures.curves(scope, request), figures.outcomes(scope, request), false, viewers.threshold());
        Map<UUID, SharingCandidate> byId = new LinkedHashMap<>();
        sharing.forEach(candidate -> byId.put(candidate.candidateId().value(), candidate));
        List<CoachView.Flag> notable = exceptions
                .of(sharing, clock.instant()).stream()
                .map(found -> new CoachView.Flag(found.displayName(), what(found),
                        Formats.day(LocalDate.ofInstant(found.since(), zone)), timelineUrl(byId.get(found.candidateId().value()))))
                .toList();
        model.addAttribute("view", new CoachView(shown, sharing.stream()
                .map(candidate -> new CoachView.Person(candidate.displayName(),
                        Formats.day(LocalDate.ofInstant(candidate.sharedAt(), zone)), timelineUrl(candidate)))
                .toList(), notable));
        return VIEW;
    }

    @GetMapping("/coach/response-rates.csv")
    ResponseEntity<String> ratesCsv(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String groupBy,
                                    @RequestParam(required = false) @Nullable String within,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to) {
        return csv(me, groupBy, within, from, to, null, "response-rates", (request, scope) -> FigureCsv.rates(
                figures.rates(scope, request)));
    }

    @GetMapping("/coach/time-to-reply.csv")
    ResponseEntity<String> curvesCsv(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String groupBy,
                                     @RequestParam(required = false) @Nullable String from,
                                     @RequestParam(required = false) @Nullable String to,
                                     @RequestParam(required = false) @Nullable String asOf) {
        return csv(me, groupBy, null, from, to, asOf, "time-to-reply", (request, scope) -> FigureCsv.curves(
                figures.curves(scope, request)));
    }

    @GetMapping("/coach/outcomes.csv")
    ResponseEntity<String> outcomesCsv(@AuthenticationPrincipal SignedInUser me,
                                       @RequestParam(required = false) @Nullable String from,
                                       @RequestParam(required = false) @Nullable String to) {
        return csv(me, null, null, from, to, null, "outcomes", (request, scope) -> FigureCsv.outcomes(
                figures.outcomes(scope, request)));
    }

    @GetMapping("/coach/candidates/{candidateId}/timeline")
    String timeline(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID candidateId, Model model) {
        SharingCandidate candidate = viewers.sharingWith(me).stream()
                .filter(sharing -> sharing.candidateId().value().equals(candidateId) && sharing.shareTimeline())
                .findFirst()
                .orElseThrow(() -> new NotFound("timeline"));
        ZoneId zone = me.timeZone();
        List<TimelineEntry> entries = timeline.page(new FetchTimeline(candidate.candidateId(), clock.instant(),
                FetchTimeline.DEFAULT_LIMIT)).entries();
        Map<String, List<CoachTimelineView.Entry>> byOpportunity = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Boolean> closed = new LinkedHashMap<>();
        for (TimelineEntry entry : entries) {
            String id = entry.opportunity().opportunityId().toString();
            titles.putIfAbsent(id, entry.opportunity().role() + " at " + entry.opportunity().company());
            closed.putIfAbsent(id, entry.opportunity().outcome() != null);
            byOpportunity.computeIfAbsent(id, key -> new ArrayList<>()).add(new CoachTimelineView.Entry(
                    Formats.dateTime(entry.recorded().occurredAt(), zone), Formats.iso(entry.recorded().occurredAt(), zone),
                    EventWording.describe(entry.recorded().event(), zone).title(),
                    EventWording.describe(entry.recorded().event(), zone).kind(), entry.retracted()));
        }
        model.addAttribute("view", new CoachTimelineView(candidate.displayName(), byOpportunity.entrySet().stream()
                .map(opportunity -> new CoachTimelineView.Opportunity(titles.get(opportunity.getKey()),
                        closed.get(opportunity.getKey()), opportunity.getValue()))
                .toList()));
        return TIMELINE_VIEW;
    }

    private ResponseEntity<String> csv(SignedInUser me, @Nullable String groupBy, @Nullable String within,
                                       @Nullable String from, @Nullable String to, @Nullable String asOf, String name,
                                       BiFunction<FigureRequest, Scope, String> figure) {
        FigureRequest request = FigureRequest.read(groupBy, within, from, to, asOf, me.timeZone(), clock);
        String body = figure.apply(request, viewers.coach(me, viewers.sharingWith(me)));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(body);
    }

    private static String timelineUrl(@Nullable SharingCandidate candidate) {
        return candidate == null || !candidate.shareTimeline() ? ""
                : "/coach/candidates/" + candidate.candidateId() + "/timeline";
    }

    private static String what(CoachException found) {
        return switch (found.kind()) {
            case OVERDUE_THANK_YOU -> found.count() == 1 ? "a thank-you is overdue" : found.count() + " thank-yous are overdue";
            case DECISION_DATE_PASSED_WITHOUT_CHECK_IN -> found.count() == 1
                    ? "an employer's decision date went by and there has been no check-in since"
                    : found.count() + " employers' decision dates went by with no check-in since";
            case NO_ACTIVITY -> "nothing recorded for two weeks while applications are open";
        };
    }
}
