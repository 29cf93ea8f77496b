package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.figures.FigureRequest;
import org.followthrough.analytics.figures.Figures;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.analytics.InsightsView;
import org.followthrough.site.format.Formats;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;

/** A candidate's own figures, the same three as a coach sees, over their own interviews only and with nothing withheld. */
@Controller
class InsightsPage {

    static final String VIEW = "insights/insights";

    private final Figures figures;
    private final CoachSharing sharing;
    private final JsonMapper json;
    private final Clock clock;

    InsightsPage(Figures figures, CoachSharing sharing, JsonMapper json, Clock clock) {
        this.figures = figures;
        this.sharing = sharing;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String insights(@AuthenticationPrincipal SignedInUser me, @Valid FigureFilters filters, BindingResult binding,
                    Model model) {
        Object notice = model.asMap().get("notice");
        return view(me, FigureFilters.read(filters, binding, me.timeZone(), clock), notice == null ? "" : notice.toString(),
                "", "", model);
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
            return view(me, new FigureFilters.Read(FigureRequest.defaults(me.timeZone(), clock), null, ""), "",
                    "The address " + violation.getMessage() + ".", coachEmail == null ? "" : coachEmail, model);
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

    private String view(SignedInUser me, FigureFilters.Read filters, String notice, String problem, String typed,
                        Model model) {
        Scope scope = figures.own(me.candidateId(), me.timeZone());
        var shown = filters.shown("/insights", figures, scope, true, Scope.FEW_INTERVIEWS, json);
        model.addAttribute("view", new InsightsView(shown, sharing.sharesOf(me.candidateId()).stream()
                .map(share -> new InsightsView.Share(share.coachEmail(), share.shareTimeline(),
                        Formats.day(LocalDate.ofInstant(share.sharedAt(), me.timeZone()))))
                .toList(), notice, problem, typed));
        return VIEW;
    }
}
