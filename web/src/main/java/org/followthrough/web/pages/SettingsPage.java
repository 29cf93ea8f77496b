package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.dueactions.DueActionRefresh;
import org.followthrough.application.history.HistoryDocument;
import org.followthrough.application.history.HistoryExport;
import org.followthrough.application.history.HistoryImport;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.domain.shared.StateConflict;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.forms.FormValues;
import org.followthrough.site.settings.PolicyField;
import org.followthrough.site.settings.SettingsForm;
import org.followthrough.web.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The candidate's time zone, region and follow-up numbers, as a form. */
@Controller
class SettingsPage {

    static final String VIEW = "settings/settings";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private final SettingsService settings;
    private final DueActionRefresh dueActions;
    private final Accounts accounts;
    private final SecurityContextRepository contextRepository;
    private final HistoryExport export;
    private final HistoryImport history;
    private final ReadYourWrites readYourWrites;
    private final JsonMapper json;

    SettingsPage(SettingsService settings, DueActionRefresh dueActions, Accounts accounts,
                 SecurityContextRepository contextRepository, HistoryExport export, HistoryImport history,
                 ReadYourWrites readYourWrites, JsonMapper json) {
        this.settings = settings;
        this.dueActions = dueActions;
        this.accounts = accounts;
        this.contextRepository = contextRepository;
        this.export = export;
        this.history = history;
        this.readYourWrites = readYourWrites;
        this.json = json;
    }

    @GetMapping("/settings")
    String form(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String saved, Model model) {
        return view(model, values(settings.current(me.candidateId())), FormErrors.none(), saved != null);
    }

    @PostMapping("/settings")
    String save(@AuthenticationPrincipal SignedInUser me, @RequestParam Map<String, String> form, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        try {
            CandidateSettings current = settings.current(me.candidateId());
            settings.change(me.candidateId(), form.get("timeZone"), form.get("region"), policy(form, current.policy()));
            dueActions.recomputeAllOf(me.candidateId());
            refreshSignedInUser(me, request, response);
            return "redirect:/settings?saved";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String field = violation.field().equals("policy.thankYouWithin") ? "policy.thankYouWithinHours" : violation.field();
            return view(model, FormValues.of(form), FormErrors.of(field, violation.getMessage()), false);
        }
    }

    @GetMapping(path = "/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HistoryDocument> export(@AuthenticationPrincipal SignedInUser me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"followthrough-history.json\"")
                .body(export.export(me.candidateId()));
    }

    @PostMapping("/me/import")
    String importHistory(@AuthenticationPrincipal SignedInUser me, @RequestParam("history") MultipartFile file, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        try {
            JsonNode document;
            try {
                document = json.readTree(file.getBytes());
            } catch (IOException | JacksonException e) {
                throw new RuleViolation("history", "is not a JSON file");
            }
            HistoryImport.Imported imported = history.importInto(me.candidateId(), document);
            imported.streams().forEach(stream -> readYourWrites.awaitVisible(stream.opportunityId(), stream.lastSequence()));
            redirect.addFlashAttribute("flash", "Imported " + imported.opportunities() + " opportunities with "
                    + imported.events() + " entries.");
            return "redirect:/";
        } catch (RuleViolation | StateConflict refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String where = refused instanceof RuleViolation violation ? violation.field() + ": " : "";
            return view(model, values(settings.current(me.candidateId())),
                    FormErrors.of("history", "Nothing was imported. " + where + refused.getMessage()), false);
        }
    }

    private static FollowUpPolicy policy(Map<String, String> form, FollowUpPolicy current) {
        return new FollowUpPolicy(
                Duration.ofHours(number(form, "thankYouWithinHours", (int) current.thankYouWithin().toHours())),
                number(form, "handwrittenIfDecisionDaysAway", current.handwrittenIfDecisionDaysAway()),
                number(form, "nextStepsBusinessDays", current.nextStepsBusinessDays()),
                number(form, "checkInBusinessDaysAfterStatedDate", current.checkInBusinessDaysAfterStatedDate()),
                number(form, "checkInDaysAfterFewDays", current.checkInDaysAfterFewDays()),
                number(form, "checkInDaysWithoutTimeline", current.checkInDaysWithoutTimeline()),
                number(form, "daysBetweenCheckIns", current.daysBetweenCheckIns()),
                number(form, "checkInsPerRound", current.checkInsPerRound()),
                number(form, "moveOnAfterDaysOfSilence", current.moveOnAfterDaysOfSilence()),
                number(form, "clearTheAirBusinessDays", current.clearTheAirBusinessDays()),
                number(form, "answerConcernBusinessDays", current.answerConcernBusinessDays()),
                number(form, "afterOutcomeBusinessDays", current.afterOutcomeBusinessDays()));
    }

    private static int number(Map<String, String> form, String name, int current) {
        Integer value = PageInputs.number("policy." + name, form.get(name));
        return value == null ? current : value;
    }

    private static FormValues values(CandidateSettings current) {
        FollowUpPolicy policy = current.policy();
        Map<String, String> values = new HashMap<>();
        values.put("timeZone", current.timeZone().getId());
        values.put("region", current.region().code());
        values.put("thankYouWithinHours", String.valueOf(policy.thankYouWithin().toHours()));
        values.put("handwrittenIfDecisionDaysAway", String.valueOf(policy.handwrittenIfDecisionDaysAway()));
        values.put("nextStepsBusinessDays", String.valueOf(policy.nextStepsBusinessDays()));
        values.put("checkInBusinessDaysAfterStatedDate", String.valueOf(policy.checkInBusinessDaysAfterStatedDate()));
        values.put("checkInDaysAfterFewDays", String.valueOf(policy.checkInDaysAfterFewDays()));
        values.put("checkInDaysWithoutTimeline", String.valueOf(policy.checkInDaysWithoutTimeline()));
        values.put("daysBetweenCheckIns", String.valueOf(policy.daysBetweenCheckIns()));
        values.put("checkInsPerRound", String.valueOf(policy.checkInsPerRound()));
        values.put("moveOnAfterDaysOfSilence", String.valueOf(policy.moveOnAfterDaysOfSilence()));
        values.put("clearTheAirBusinessDays", String.valueOf(policy.clearTheAirBusinessDays()));
        values.put("answerConcernBusinessDays", String.valueOf(policy.answerConcernBusinessDays()));
        values.put("afterOutcomeBusinessDays", String.valueOf(policy.afterOutcomeBusinessDays()));
        return FormValues.of(values);
    }

    private static String view(Model model, FormValues values, FormErrors errors, boolean saved) {
        model.addAttribute("form", new SettingsForm(SettingsForm.FIELDS, ZONES));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return VIEW;
    }

    /** The session's principal carries the time zone; after a move it must carry the new one. */
    private void refreshSignedInUser(SignedInUser me, HttpServletRequest request, HttpServletResponse response) {
        accounts.byId(me.id()).ifPresent(account -> {
            SignedInUser fresh = new SignedInUser(account);
            fresh.eraseCredentials();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contextRepository.saveContext(context, request, response);
        });
    }

    static List<PolicyField> fields() {
        return SettingsForm.FIELDS;
    }
}
