package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.dashboard.Dashboard;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.site.dashboard.ActionCard;
import org.followthrough.site.dashboard.DashboardFilters;
import org.followthrough.site.dashboard.DashboardView;
import org.followthrough.site.format.Formats;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The front door: what Followthrough is, for visitors; for a signed-in candidate, the dashboard of what to do
 * next — overdue, today, this week, later — each with why and a one-click way to record it as done.
 */
@Controller
record HomePage(Dashboard dashboard) {

    static final String HOME_VIEW = "home";
    static final String DASHBOARD_VIEW = "dashboard/dashboard";

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable SignedInUser me, @RequestParam(required = false) String signedOut,
                @Valid DashboardFilters asOf, BindingResult binding, Model model, HttpServletResponse response) {
        if (me != null && me.role() == Role.COACH) {
            return "redirect:/coach";
        }
        if (me == null || me.role() != Role.CANDIDATE) {
            model.addAttribute("signedOut", signedOut != null);
            return HOME_VIEW;
        }
        String problem = binding.hasErrors() ? Forms.errors(binding).of("asOf") : null;
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        LocalDate day = problem == null ? asOf.asOf() : null;
        boolean known = problem == null && asOf.known();
        Dashboard.View view = dashboard.of(me.candidateId(), me.timeZone(), day, known);
        List<List<ActionCard>> buckets = new ArrayList<>();
        int index = 0;
        for (Dashboard.Bucket bucket : Dashboard.Bucket.values()) {
            List<ActionCard> cards = new ArrayList<>();
            for (DueActionView due : view.buckets().get(bucket)) {
                cards.add(ActionCard.of("action-" + index++, due.action(), due.company(), due.role(), view.now(),
                        view.today(), view.zone()));
            }
            buckets.add(cards);
        }
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) model.asMap().getOrDefault("warnings", List.of());
        Object flash = model.asMap().get("flash");
        model.addAttribute("view", DashboardView.of(Formats.day(view.today()), buckets, view.opportunities().stream()
                .map(summary -> new DashboardView.OpportunityLink(summary.opportunityId().toString(), summary.company(),
                        summary.role(), summary.outcome() != null))
                .toList(), flash == null ? null : flash.toString(), warnings, day == null ? null : day.toString(), known,
                problem, view.missed().stream()
                        .map(missed -> new DashboardView.Missed(missed.action().opportunityId().toString(),
                                missed.company(), missed.role(), missed.action().rule().name(), missed.action().action(),
                                Formats.day(LocalDate.ofInstant(Objects.requireNonNull(missed.action().worth().until()),
                                        view.zone())),
                                Objects.requireNonNull(missed.action().worth().missedReason())))
                        .toList(),
                view.waiting().stream()
                        .map(waiting -> new DashboardView.Waiting(waiting.waiting().opportunityId().toString(),
                                waiting.company(), waiting.role(), waiting.waiting().reason().name(),
                                String.join(", ", waiting.waiting().paused().stream()
                                        .map(rule -> rule.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()),
                                waiting.waiting().explanation()))
                        .toList(),
                asOf.whole(), part -> asOf.showAll(part, day)));
        return DASHBOARD_VIEW;
    }
}
