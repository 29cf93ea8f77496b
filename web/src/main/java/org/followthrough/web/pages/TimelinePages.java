package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.application.replay.TimelineAsOf;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.format.Links;
import org.followthrough.site.forms.Choice;
import org.followthrough.site.timeline.OpenActions;
import org.followthrough.site.timeline.OpportunityGroup;
import org.followthrough.site.timeline.TimelineFilters;
import org.followthrough.site.timeline.TimelineItem;
import org.followthrough.site.timeline.TimelineView;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in candidate's events, grouped by opportunity, newest first, fifty a page; as they stood on a day
 * (by when things happened or by what the app knew), for one opportunity or a period, with the actions that
 * were open right after each entry.
 */
@Controller
record TimelinePages(TimelineAsOf timeline) {

    static final String VIEW = "timeline/timeline";

    /** A filter that cannot be read is said next to its field, and the page shows everything as of now (400). */
    @GetMapping("/timeline")
    String timeline(@AuthenticationPrincipal SignedInUser me, @Valid TimelineFilters filters, BindingResult binding,
                    Model model, HttpServletResponse response) {
        FormErrors errors = Forms.errors(binding);
        TimelineFilters shown = errors.any() ? TimelineFilters.NONE : filters;
        TimelineAsOf.View view;
        try {
            view = timeline.of(query(me, shown));
        } catch (RuleViolation notAPosition) {
            errors = Forms.errors(notAPosition);
            shown = TimelineFilters.NONE;
            view = timeline.of(query(me, shown));
        }
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        ZoneId zone = view.zone();
        Map<String, @Nullable Object> next = new LinkedHashMap<>(shown.query());
        next.put("after", view.page().next() == null ? null : view.page().next().token());
        Instant at = view.at();
        model.addAttribute("view", new TimelineView(zone, shown.asOf(), shown.known(), view.opportunities().stream()
                .map(summary -> new Choice(summary.opportunityId().toString(), summary.role() + " at " + summary.company()))
                .toList(), shown.opportunity() == null ? null : shown.opportunity().toString(), shown.from(), shown.to(),
                groups(view, zone), view.page().next() == null ? null : Links.withQuery("/timeline", next),
                shown.after() == null ? null : Links.withQuery("/timeline", shown.query()), "/timeline/export",
                view.openAtTheTime().stream()
                        .map(due -> OpenActions.line(due.action(), at, zone) + " (" + due.role() + " at " + due.company() + ")")
                        .toList(), errors));
        return VIEW;
    }

    /** Each opportunity's entries, each with what was open right after it. */
    private static List<OpportunityGroup> groups(TimelineAsOf.View view, ZoneId zone) {
        return view.page().byOpportunity().entrySet().stream()
                .map(opportunity -> OpportunityGroup.of(opportunity.getKey().opportunityId().toString(),
                        opportunity.getKey().company(), opportunity.getKey().role(), opportunity.getValue().stream()
                                .map(entry -> new TimelineItem(entry.recorded().sequence(), entry.recorded().event(),
                                        entry.recorded().recordedAt(), entry.retracted(), zone,
                                        view.openAfter().getOrDefault(entry.recorded().eventId(), List.of()).stream()
                                                .map(action -> OpenActions.lineByOrOn(action, entry.recorded().occurredAt(),
                                                        zone))
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static TimelineAsOf.Query query(SignedInUser me, TimelineFilters filters) {
        return new TimelineAsOf.Query(me.candidateId(), me.timeZone(), filters.asOf(), filters.known(),
                filters.opportunity() == null ? null : OpportunityId.of(filters.opportunity()), filters.from(),
                filters.to(), filters.after() == null || filters.after().isBlank() ? null : filters.after().strip());
    }
}
