package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.figures.FigureRequest;
import org.followthrough.analytics.figures.Figures;
import org.followthrough.application.coaching.CoachShare;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.application.coaching.ShareProposal;
import org.followthrough.domain.candidate.CoachNameMismatch;
import org.followthrough.domain.candidate.CoachShareStatus;
import org.followthrough.domain.candidate.NoPendingShare;
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
record InsightsPage(Figures figures, CoachSharing sharing, JsonMapper json, Clock clock) {

    static final String VIEW = "insights/insights";

    @GetMapping("/insights")
    String insights(@AuthenticationPrincipal SignedInUser me, @Valid FigureFilters filters, BindingResult binding,
                    Model model) {
        Object notice = model.asMap().get("notice");
        return view(me, FigureFilters.read(filters, binding, me.timeZone(), clock), notice == null ? "" : notice.toString(),
                "", "", null, "", model);
    }

    /** Step one: asks to share, and shows the coach's name with a Confirm button; nothing is shown to the coach yet. */
    @PostMapping("/insights/coaches")
    String share(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String coachEmail,
                 @RequestParam(required = false) @Nullable String shareTimeline, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ShareProposal proposal = sharing.propose(me.candidateId(), coachEmail, "true".equals(shareTimeline));
            if (proposal.status() == CoachShareStatus.ACTIVE) {
                redirect.addFlashAttribute("notice", "You share with " + proposal.coachName() + " ("
                        + proposal.coachEmail() + ")" + (proposal.shareTimeline() ? ", your timeline included."
                        : ", your figures only."));
                return "redirect:/insights#sharing";
            }
            return view(me, defaults(me), "", "", "", new InsightsView.Proposal(proposal.coachEmail(),
                    proposal.coachName(), proposal.shareTimeline()), "", model);
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view(me, defaults(me), "", "The address " + violation.getMessage() + ".",
                    coachEmail == null ? "" : coachEmail, null, "", model);
        }
    }

    /**
     * Step two: the coach's name as shown is confirmed. If the coach renamed in between, the question is asked again
     * with the current name; the share stays pending.
     */
    @PostMapping("/insights/coaches/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String coachEmail,
                   @RequestParam(required = false) @Nullable String coachName, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            sharing.confirm(me.candidateId(), coachEmail, coachName);
            redirect.addFlashAttribute("notice", "Your figures are now shared with " + coachName + " (" + coachEmail + ").");
            return "redirect:/insights#sharing";
        } catch (CoachNameMismatch renamed) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            CoachShare pending = sharing.shareWith(me.candidateId(), coachEmail).orElse(null);
            InsightsView.Proposal again = renamed.currentName() == null || pending == null ? null
                    : new InsightsView.Proposal(pending.coachEmail(), renamed.currentName(), pending.shareTimeline());
            return view(me, defaults(me), "", "", "", again, "Nothing was shared: " + renamed.getMessage() + ".", model);
        } catch (NoPendingShare none) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return view(me, defaults(me), "", "", "", null,
                    "Nothing is waiting for your confirmation at that address; ask to share first.", model);
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view(me, defaults(me), "", "", "", null, "Nothing was shared: "
                    + (CoachNameMismatch.FIELD.equals(violation.field()) ? "the coach's name " : "the address ")
                    + violation.getMessage() + ".", model);
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

    private FigureFilters.Read defaults(SignedInUser me) {
        return new FigureFilters.Read(FigureRequest.defaults(me.timeZone(), clock), null, "");
    }

    private String view(SignedInUser me, FigureFilters.Read filters, String notice, String problem, String typed,
                        InsightsView.@Nullable Proposal proposal, String confirmProblem, Model model) {
        Scope scope = figures.own(me.candidateId(), me.timeZone());
        var shown = filters.shown("/insights", figures, scope, true, Scope.FEW_INTERVIEWS, json);
        model.addAttribute("view", new InsightsView(shown, sharing.sharesOf(me.candidateId()).stream()
                .map(share -> new InsightsView.Share(share.coachEmail(), sharing.coachName(share.coachEmail()),
                        share.shareTimeline(), Formats.day(LocalDate.ofInstant(share.sharedAt(), me.timeZone())),
                        share.status() == CoachShareStatus.PENDING))
                .toList(), notice, problem, typed, proposal, confirmProblem));
        return VIEW;
    }
}
