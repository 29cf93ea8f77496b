package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Zones;
import org.followthrough.application.erasure.Erasure;
import org.followthrough.application.history.HistoryImport;
import org.followthrough.application.history.ImportHistory;
import org.followthrough.application.reminders.CalendarFeeds;
import org.followthrough.application.reminders.Digests;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.Regions;
import org.followthrough.application.settings.SettingsChange;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.forms.Choice;
import org.followthrough.site.forms.FormValues;
import org.followthrough.site.format.Formats;
import org.followthrough.site.settings.PolicyField;
import org.followthrough.site.settings.RemindersView;
import org.followthrough.site.settings.SettingsForm;
import org.followthrough.web.reminders.BaseUrl;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The candidate's time zone, region and follow-up numbers, as a form. */
@Controller
class SettingsPage {

    static final String VIEW = "settings/settings";

    private static final Map<String, String> SHOWN_AS = SettingsForm.FIELDS.stream()
            .collect(Collectors.toMap(PolicyField::name, field -> "policy." + field.name()));

    private final SettingsService settings;
    private final Accounts accounts;
    private final Sessions sessions;
    private final ImportHistory history;
    private final JsonMapper json;
    private final Digests digests;
    private final CalendarFeeds feeds;
    private final BaseUrl baseUrl;
    private final Erasure erasure;
    private final Regions regions;

    SettingsPage(SettingsService settings, Accounts accounts, Sessions sessions,
                 ImportHistory history, JsonMapper json, Digests digests, CalendarFeeds feeds, BaseUrl baseUrl,
                 Erasure erasure, Regions regions) {
        this.erasure = erasure;
        this.regions = regions;
        this.settings = settings;
        this.accounts = accounts;
        this.sessions = sessions;
        this.history = history;
        this.json = json;
        this.digests = digests;
        this.feeds = feeds;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/settings")
    String form(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String saved,
                @RequestParam(required = false) String signed, Model model) {
        reminders(me, model);
        String view = view(model, values(me), FormErrors.none(), saved != null);
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
            reminders(me, model);
            return view(model, values(me).with("signature.phone", phone).with("signature.email", email)
                    .with("signature.profileUrl", profileUrl), FormErrors.of(violation.field(), violation.getMessage()),
                    false);
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
            FormErrors errors = FormErrors.of(violation.field(), violation.getMessage());
            reminders(me, model);
            return view(model, values(me), errors, false);
        }
    }

    @PostMapping("/settings/digest/test")
    String testDigest(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            digests.sendTest(me.candidateId());
            redirect.addFlashAttribute("reminderNotice", "Sent: today's e-mail is on its way to " + me.getUsername() + ".");
        } catch (StateConflict notSent) {
            redirect.addFlashAttribute("reminderNotice", "Not sent: " + notSent.getMessage());
        }
        return "redirect:/settings#reminders";
    }

    @PostMapping("/settings/calendar-feed")
    String makeFeed(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", feeds.create(me.candidateId(), baseUrl.ofRequest()).url());
        return "redirect:/settings#calendar";
    }

    @PostMapping("/settings/calendar-feed/revoke")
    String revokeFeed(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        feeds.revoke(me.candidateId());
        redirect.addFlashAttribute("reminderNotice", "The calendar feed is off; its address no longer works.");
        return "redirect:/settings#calendar";
    }

    private void reminders(SignedInUser me, Model model) {
        CandidateSettings current = settings.current(me.candidateId());
        Object feedUrl = model.asMap().get("feedUrl");
        Object notice = model.asMap().get("reminderNotice");
        model.addAttribute("reminders", new RemindersView(current.digestEnabled(), current.digestTime().toString(),
                digests.mailConfigured(),
                feeds.current(me.candidateId()).map(feed -> Formats.dateTime(feed.createdAt(), me.timeZone())).orElse(null),
                feedUrl == null ? null : feedUrl.toString(), notice == null ? null : notice.toString()));
    }

    /** The numbers of the policy bind by their own names; left empty, a number keeps its current value. */
    @PostMapping("/settings")
    String save(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String timeZone,
                @RequestParam(required = false) @Nullable String region, @Valid SettingsChange.Policy policy,
                BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            reminders(me, model);
            return view(model, typedOver(me, request), Forms.errors(binding, SHOWN_AS), false);
        }
        try {
            settings.change(me.candidateId(), new SettingsChange(timeZone, region, policy));
            accounts.byId(me.id()).ifPresent(account -> sessions.refresh(account, request, response));
            return "redirect:/settings?saved";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            reminders(me, model);
            String field = violation.field().equals("policy.thankYouWithin") ? "policy.thankYouWithinHours" : violation.field();
            return view(model, typedOver(me, request), FormErrors.of(field, violation.getMessage()), false);
        }
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
            HistoryImport.Imported imported = history.into(me.candidateId(), document);
            redirect.addFlashAttribute("flash", "Imported " + imported.opportunities() + " opportunities with "
                    + imported.events() + " entries.");
            return "redirect:/";
        } catch (RuleViolation | StateConflict refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            reminders(me, model);
            String where = refused instanceof RuleViolation violation ? violation.field() + ": " : "";
            return view(model, values(me),
                    FormErrors.of("history", "Nothing was imported. " + where + refused.getMessage()), false);
        }
    }

    /**
     * Deletes the account after the password was typed again (the page offers the export first). Signs out: this
     * session ends; the account's other sessions end through {@link Sessions#endAllOf}.
     */
    @PostMapping("/settings/erase")
    String erase(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String password, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        try {
            erasure.erase(me.id(), password);
        } catch (RuleViolation refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            reminders(me, model);
            return view(model, values(me),
                    FormErrors.of("erasePassword", "Nothing was deleted: the password " + refused.getMessage()
                            .replaceFirst("^is ", "was ")), false);
        }
        sessions.endAllOf(me, request);
        return "redirect:/?signedOut";
    }

    /** What was typed in the settings form, over the current settings (the signature's form was not sent). */
    private FormValues typedOver(SignedInUser me, HttpServletRequest request) {
        FormValues values = values(me);
        for (Map.Entry<String, String> typed : Forms.typed(request).values().entrySet()) {
            values = values.with(typed.getKey(), typed.getValue());
        }
        return values;
    }

    /**
     * The forms filled with the current settings: the number fields are named after the policy's numbers, the
     * signature's parts {@code signature.phone} and so on.
     */
    private FormValues values(SignedInUser me) {
        CandidateSettings current = settings.current(me.candidateId());
        Signature signature = settings.signature(me.candidateId());
        Map<String, String> values = new HashMap<>();
        values.put("signature.phone", signature.phone());
        values.put("signature.email", signature.email());
        values.put("signature.profileUrl", signature.profileUrl());
        values.put("timeZone", current.timeZone().getId());
        values.put("region", current.region().code());
        json.convertValue(SettingsChange.Policy.of(current.policy()), Map.class)
                .forEach((name, number) -> values.put(String.valueOf(name), String.valueOf(number)));
        return FormValues.of(values);
    }

    /**
     * The regions with holiday data by name, the list {@code GET /api/v1/regions} gives; a region stored before its
     * data went away stays choosable as it is, so that saving the page does not change it unasked.
     */
    private List<Choice> regionChoices(String current) {
        List<Choice> choices = new ArrayList<>(regions.supported().stream()
                .map(region -> new Choice(region.code(), region.name() + " (" + region.code() + ")"))
                .sorted(Comparator.comparing(Choice::label))
                .toList());
        if (!current.isEmpty() && choices.stream().noneMatch(choice -> choice.value().equals(current))) {
            choices.addFirst(new Choice(current, current + " (no holiday data)"));
        }
        return choices;
    }

    private String view(Model model, FormValues values, FormErrors errors, boolean saved) {
        model.addAttribute("form", new SettingsForm(SettingsForm.FIELDS, Zones.CHOICES, regionChoices(values.get("region"))));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("signed", false);
        return VIEW;
    }
}
