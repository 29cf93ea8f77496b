package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.application.drafts.DraftMaterial;
import org.followthrough.application.drafts.DraftMaterials;
import org.followthrough.application.drafts.DraftSending;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.drafts.CallPlan;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.drafts.Draft;
import org.followthrough.site.drafts.DraftForm;
import org.followthrough.site.drafts.DraftModel;
import org.followthrough.site.drafts.DraftPage;
import org.followthrough.site.drafts.DraftWriter;
import org.followthrough.site.forms.FormValues;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A draft for a due message, written from the candidate's notes, checked before it is marked as sent (too long,
 * placeholders left, another company's or person's name, the same words twice), and recorded with its text.
 */
@Controller
record DraftPages(DraftMaterials materials, DraftSending sending, SettingsService settings) {

    static final String VIEW = "drafts/draft";
    private static final DraftWriter WRITER = new DraftWriter();

    /** The candidate's contact details, one to a line, to end every draft with. */
    private List<String> signatureOf(SignedInUser me) {
        Signature signature = settings.signature(me.candidateId());
        return Stream.of(signature.phone(), signature.email(), signature.profileUrl()).filter(Objects::nonNull).toList();
    }

    /** {@code channel}: how the candidate means to follow up; by phone, the page shows a call plan, not a letter. */
    @GetMapping("/opportunities/{id}/drafts")
    String draft(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam String action,
                 @RequestParam(required = false) @Nullable Channel channel, Model model) {
        DraftMaterial material = materials.forAction(me.candidateId(), OpportunityId.of(id), action);
        Draft draft = WRITER.write(DraftModel.of(material.action().rule(), material.candidateName(), material.company(),
                material.role(), material.recipient(), material.interview(), material.notes(), material.concern(),
                material.offerAnswerBy(), material.decision(), material.checkIn(), material.zone())
                .signedWith(signatureOf(me)));
        DraftPage page = page(material, draft.subject(), draft.body(), false, false,
                channel == null ? null : channel.name());
        model.addAttribute("draft", channel == Channel.PHONE ? page.calling(callPlan(me, material)) : page);
        return VIEW;
    }

    private CallPlan callPlan(SignedInUser me, DraftMaterial material) {
        return material.callPlan(settings.signature(me.candidateId()).phone());
    }

    @PostMapping("/opportunities/{id}/drafts")
    String checkOrSend(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam String action,
                       @Valid DraftForm form, BindingResult binding, Model model, HttpServletRequest request,
                       HttpServletResponse response, RedirectAttributes redirect) {
        DraftMaterial material = materials.forAction(me.candidateId(), OpportunityId.of(id), action);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormValues typed = Forms.typed(request);
            model.addAttribute("draft", refused(material, typed.get("subject"), typed.get("body"),
                    List.copyOf(Forms.errors(binding).byField().values()), true, false, null));
            return VIEW;
        }
        if (form.called()) {
            return called(me, material, response, redirect, model);
        }
        String subject = form.subject() == null ? "" : form.subject();
        String chosen = form.channel() == null ? null : form.channel().name();
        List<String> problems = material.problemsIn(form.text());
        if (!form.sending() || (!problems.isEmpty() && form.confirm() == null)) {
            model.addAttribute("draft", page(material, subject, form.text(), true, form.sending() && !problems.isEmpty(), chosen));
            return VIEW;
        }
        return markSent(me, material, form.text(), form.channel(), "Marked as sent: ", refusal ->
                refused(material, subject, form.text(), List.of(refusal), true, false, chosen), response, redirect, model);
    }

    /**
     * A call made from the call plan, recorded as the follow-up its action asks for, by phone: the cadence check's
     * warnings (a second call too soon) come back as for any follow-up.
     */
    private String called(SignedInUser me, DraftMaterial material, HttpServletResponse response,
                          RedirectAttributes redirect, Model model) {
        return markSent(me, material, "", Channel.PHONE, "Called: ", refusal ->
                refused(material, "", "", List.of(refusal), true, false, null).calling(callPlan(me, material)),
                response, redirect, model);
    }

    /** Records the message as sent; refused, the page again ({@code refusedPage} given why), answered 400. */
    private String markSent(SignedInUser me, DraftMaterial material, String text, @Nullable Channel channel, String done,
                            Function<String, DraftPage> refusedPage, HttpServletResponse response,
                            RedirectAttributes redirect, Model model) {
        try {
            return Forms.recorded(sending.markSent(me.candidateId(), material, text, channel),
                    done + material.action().action() + ".", redirect);
        } catch (RuleViolation | StateConflict refusal) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("draft", refusedPage.apply(refusal.getMessage()));
            return VIEW;
        }
    }

    /** The page, showing the draft's problems: checked on every showing, for even a fresh draft can repeat a note's words. */
    private static DraftPage page(DraftMaterial material, String subject, String body, boolean checked,
                                  boolean needsConfirmation, @Nullable String channel) {
        return refused(material, subject, body, material.problemsIn(body), checked, needsConfirmation, channel);
    }

    /** The page, showing {@code problems} in place of the draft's own. */
    private static DraftPage refused(DraftMaterial material, String subject, String body, List<String> problems,
                                     boolean checked, boolean needsConfirmation, @Nullable String channel) {
        return DraftPage.of(material.action(), material.company(), material.role(), material.recipient(), subject, body,
                problems, checked, needsConfirmation, channel);
    }
}
