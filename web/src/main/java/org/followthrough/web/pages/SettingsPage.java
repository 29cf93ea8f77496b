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
import org.followthrough.application.settings.SettingsChange;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.auth.FormErrors;
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
import java.util.HashMap;
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

    SettingsPage(SettingsService settings, Accounts accounts, Sessions sessions,
                 ImportHistory history, JsonMapper json, Digests digests, CalendarFeeds feeds, BaseUrl baseUrl,
                 Erasure erasure) {
        this.erasure = erasure;
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
    String form(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String saved, Model model) {
        reminders(me, model);
        return view(model, values(settings.current(me.candidateId())), FormErrors.none(), saved != null);
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
            return view(model, values(settings.current(me.candidateId())), errors, false);
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
            return view(model, Forms.typed(request), Forms.errors(binding, SHOWN_AS), false);
        }
        try {
            settings.change(me.candidateId(), new SettingsChange(timeZone, region, policy));
            accounts.byId(me.id()).ifPresent(account -> sessions.refresh(account, request, response));
            return "redirect:/settings?saved";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            reminders(me, model);
            String field = violation.field().equals("policy.thankYouWithin") ? "policy.thankYouWithinHours" : violation.field();
            return view(model, Forms.typed(request), FormErrors.of(field, violation.getMessage()), false);
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
            return view(model, values(settings.current(me.candidateId())),
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
            return view(model, values(settings.current(me.candidateId())),
                    FormErrors.of("erasePassword", "Nothing was deleted: the password " + refused.getMessage()
                            .replaceFirst("^is ", "was ")), false);
        }
        sessions.endAllOf(me, request);
        return "redirect:/?signedOut";
    }

    /** The form filled with the current settings: its number fields are named after the policy's numbers. */
    private FormValues values(CandidateSettings current) {
        Map<String, String> values = new HashMap<>();
        values.put("timeZone", current.timeZone().getId());
        values.put("region", current.region().code());
        json.convertValue(SettingsChange.Policy.of(current.policy()), Map.class)
                .forEach((name, number) -> values.put(String.valueOf(name), String.valueOf(number)));
        return FormValues.of(values);
    }

    private static String view(Model model, FormValues values, FormErrors errors, boolean saved) {
        model.addAttribute("form", new SettingsForm(SettingsForm.FIELDS, Zones.CHOICES));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return VIEW;
    }
}
