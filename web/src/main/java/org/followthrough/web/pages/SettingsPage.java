package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.settings.SettingsChange;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.settings.PolicyField;
import org.followthrough.site.settings.SettingsForm;
import org.followthrough.web.security.Sessions;
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

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The candidate's time zone, region and follow-up numbers, signature and digest, as forms on one page
 * ({@link SettingsView}); the history's import and the account's deletion are {@link AccountDataPages}.
 */
@Controller
record SettingsPage(SettingsService settings, SettingsView page, Accounts accounts, Sessions sessions) {

    private static final Map<String, String> SHOWN_AS = SettingsForm.FIELDS.stream()
            .collect(Collectors.toMap(PolicyField::name, field -> "policy." + field.name()));

    @GetMapping("/settings")
    String form(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String saved,
                @RequestParam(required = false) String signed, Model model) {
        String view = page.show(me, model, page.values(me), FormErrors.none(), saved != null);
        model.addAttribute("signed", signed != null);
        return view;
    }

    /** How the candidate signs their messages: each part optional; all left empty, no signature. */
    @PostMapping("/settings/signature")
    String signature(@AuthenticationPrincipal SignedInUser me,
                     @RequestParam(name = "signature.phone", required = false) @Nullable String phone,
                     @RequestParam(name = "signature.email", required = false) @Nullable String email,
                     @RequestParam(name = "signature.profileUrl", required = false) @Nullable String profileUrl,
                     Model model, HttpServletRequest request, HttpServletResponse response,
                     RedirectAttributes redirect) {
        try {
            settings.changeSignature(me.candidateId(), new Signature(phone, email, profileUrl));
            return "redirect:/settings?signed#signature";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.refused(me, model, page.values(me).with("signature.phone", phone).with("signature.email", email)
                    .with("signature.profileUrl", profileUrl), FormErrors.of(violation.field(), violation.getMessage()));
        }
    }

    /** The morning digest: on or off (an unticked box is not sent at all: off), and its time of day. */
    @PostMapping("/settings/digest")
    String digest(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String digestEnabled,
                  @RequestParam(required = false) @Nullable String digestTime, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            settings.changeDigest(me.candidateId(), "true".equals(digestEnabled), digestTime);
            redirect.addFlashAttribute("reminderNotice", "Saved.");
            return "redirect:/settings#reminders";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.refused(me, model, page.values(me), FormErrors.of(violation.field(), violation.getMessage()));
        }
    }

    /** The numbers of the policy bind by their own names; left empty, a number keeps its current value. */
    @PostMapping("/settings")
    String save(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String timeZone,
                @RequestParam(required = false) @Nullable String region, @Valid SettingsChange.Policy policy,
                BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.refused(me, model, page.typedOver(me, request), Forms.errors(binding, SHOWN_AS));
        }
        try {
            settings.change(me.candidateId(), new SettingsChange(timeZone, region, policy));
            accounts.byId(me.id()).ifPresent(account -> sessions.refresh(account, request, response));
            return "redirect:/settings?saved";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String field = violation.field().equals("policy.thankYouWithin") ? "policy.thankYouWithinHours" : violation.field();
            return page.refused(me, model, page.typedOver(me, request), FormErrors.of(field, violation.getMessage()));
        }
    }
}
