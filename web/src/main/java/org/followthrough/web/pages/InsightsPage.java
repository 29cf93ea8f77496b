package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.analytics.Scope;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.analytics.InsightsView;
import org.followthrough.site.format.Formats;
import org.followthrough.web.analytics.FigurePages;
import org.followthrough.web.analytics.Figures;
import org.followthrough.web.analytics.FigureRequest;
import org.followthrough.web.analytics.Viewers;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/** A candidate's own figures, the same three as a coach sees, over their own interviews only and with nothing withheld. */
@Controller
class InsightsPage {

    static final String VIEW = "insights/insights";

    private final Figures figures;
    private final Viewers viewers;
    private final CoachSharing sharing;
    private final FigurePages pages;
    private final Clock clock;

    InsightsPage(Figures figures, Viewers viewers, CoachSharing sharing, FigurePages pages, Clock clock) {
        this.figures = figures;
        this.viewers = viewers;
        this.sharing = sharing;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String insights(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String groupBy,
                    @RequestParam(required = false) @Nullable String within,
                    @RequestParam(required = false) @Nullable String from,
                    @RequestParam(required = false) @Nullable String to,
                    @RequestParam(required = false) @Nullable String asOf, Model model) {
        Object notice = model.asMap().get("notice");
        return view(me, groupBy, within, from, to, asOf, notice == null ? "" : notice.toString(), "", "", model);
    }

    @PostMapping("/insights/coaches")
    String share(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String coachEmail,
                 @RequestParam(required = false) @Nullable String shareTimeline, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String coach = sharing.share(me.candidateId(), coachEmail, "true".equals(shareTimeline));
            redirect.addFlashAttribute("notice", "Your figures are now shared with " + coach + ".");
            return "redirect:/insights#sharing";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view(me, null, null, null, null, null, "", "The address " + violation.getMessage() + ".",
                    coachEmail == null ? "" : coachEmail, model);
        }
    }

    @PostMapping("/insights/coaches/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String coachEmail,
                  RedirectAttributes redirect) {
        try {
            sharing.revoke(me.candidateId(), coachEmail);
            redirect.addFlashAttribute("notice", "You no longer share anything with " + coachEmail + ".");
        } catch (RuleViolation violation) {
            // not an address anyone could have been shared with: nothing to stop
        }
        return "redirect:/insights#sharing";
    }

    private String view(SignedInUser me, @Nullable String groupBy, @Nullable String within, @Nullable String from,
                        @Nullable String to, @Nullable String asOf, String notice, String problem, String typed,
                        Model model) {
        FigureFilters filters = FigureFilters.read(groupBy, within, from, to, asOf, me.timeZone(), clock);
        FigureRequest request = filters.request();
        Scope scope = viewers.own(me);
        var shown = pages.view("/insights", request, filters.asOf(), filters.problem(), figures.rates(scope, request),
                figures.curves(scope, request), figures.outcomes(scope, request), true, Scope.FEW_INTERVIEWS);
        model.addAttribute("view", new InsightsView(shown, sharing.sharesOf(me.candidateId()).stream()
                .map(share -> new InsightsView.Share(share.coachEmail(), share.shareTimeline(),
                        Formats.day(LocalDate.ofInstant(share.sharedAt(), me.timeZone()))))
                .toList(), notice, problem, typed));
        return VIEW;
    }
}
