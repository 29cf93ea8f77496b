package org.followthrough.web.pages;

import jakarta.validation.Valid;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.figures.FigureCsv;
import org.followthrough.analytics.figures.FigureRequest;
import org.followthrough.analytics.figures.Figures;
import org.followthrough.application.coaching.CoachException;
import org.followthrough.application.coaching.CoachExceptions;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.application.coaching.SharedTimelines;
import org.followthrough.application.coaching.SharingCandidate;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.site.analytics.CoachTimelineView;
import org.followthrough.site.analytics.CoachView;
import org.followthrough.site.format.Formats;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coach's pages: figures over the candidates who share with them (charts, the same numbers in tables, CSV), the
 * exceptions worth a look, and a sharing candidate's timeline where that candidate allowed it, read-only and without
 * any message text or note.
 */
@Controller
record CoachPages(Figures figures, CoachSharing sharing, CoachExceptions exceptions, SharedTimelines timelines,
                  JsonMapper json, Clock clock) {

    static final String VIEW = "coach/coach";
    static final String TIMELINE_VIEW = "coach/timeline";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @GetMapping("/coach")
    String coach(@AuthenticationPrincipal SignedInUser me, @Valid FigureFilters typed, BindingResult binding, Model model) {
        ZoneId zone = me.timeZone();
        FigureFilters.Read filters = FigureFilters.read(typed, binding, zone, clock);
        List<SharingCandidate> sharingCandidates = sharing.sharingWith(me.getUsername());
        Scope scope = figures.coach(sharingCandidates, zone);
        var shown = filters.shown("/coach", figures, scope, false, figures.threshold(), json);
        Map<CandidateId, SharingCandidate> byId = new LinkedHashMap<>();
        sharingCandidates.forEach(candidate -> byId.put(candidate.candidateId(), candidate));
        List<CoachView.Flag> notable = exceptions.of(sharingCandidates, clock.instant()).stream()
                .map(found -> new CoachView.Flag(found.displayName(), what(found),
                        Formats.day(LocalDate.ofInstant(found.since(), zone)), timelineUrl(byId.get(found.candidateId()))))
                .toList();
        model.addAttribute("view", new CoachView(shown, sharingCandidates.stream()
                .map(candidate -> new CoachView.Person(candidate.displayName(),
                        Formats.day(LocalDate.ofInstant(candidate.sharedAt(), zone)), timelineUrl(candidate)))
                .toList(), notable));
        return VIEW;
    }

    /** A figure as a CSV file; filters that cannot be used answer 400 with why, in plain text. */
    @GetMapping("/coach/{figure:response-rates|time-to-reply|outcomes}.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedInUser me, @PathVariable String figure,
                               @Valid FigureFilters filters, BindingResult binding) {
        FigureFilters.Read read = FigureFilters.read(filters, binding, me.timeZone(), clock);
        if (!read.problem().isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(read.problem());
        }
        FigureRequest request = read.request();
        Scope scope = figures.coach(me.getUsername(), me.timeZone());
        String body = switch (figure) {
            case "response-rates" -> FigureCsv.rates(figures.rates(scope, request));
            case "time-to-reply" -> FigureCsv.curves(figures.curves(scope, request));
            default -> FigureCsv.outcomes(figures.outcomes(scope, request));
        };
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + figure + ".csv\"")
                .body(body);
    }

    @GetMapping("/coach/candidates/{candidateId}/timeline")
    String timeline(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID candidateId, Model model) {
        SharedTimelines.SharedTimeline shared = timelines.of(me.getUsername(), CandidateId.of(candidateId));
        ZoneId zone = me.timeZone();
        model.addAttribute("view", new CoachTimelineView(shared.candidate().displayName(), shared.entries()
                .byOpportunity().entrySet().stream()
                .map(opportunity -> new CoachTimelineView.Opportunity(opportunity.getKey().role() + " at "
                        + opportunity.getKey().company(), opportunity.getKey().outcome() != null, opportunity.getValue()
                        .stream().map(entry -> CoachTimelineView.Entry.of(entry.recorded().event(), entry.retracted(), zone))
                        .toList()))
                .toList()));
        return TIMELINE_VIEW;
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
