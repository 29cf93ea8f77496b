package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.followthrough.application.accounts.Zones;
import org.followthrough.application.reminders.CalendarFeeds;
import org.followthrough.application.reminders.Digests;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.SettingsChange;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.forms.FormValues;
import org.followthrough.site.format.Formats;
import org.followthrough.site.settings.RemindersView;
import org.followthrough.site.settings.SettingsForm;
import org.followthrough.web.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings page's model, for every form on it ({@link SettingsPage}, {@link AccountDataPages}): the forms filled
 * with the current settings, the reminders' state, and the same page again with a mistake said next to its field.
 */
@Component
record SettingsView(SettingsService settings, Digests digests, CalendarFeeds feeds, RegionChoices regions,
                    JsonMapper json) {

    static final String VIEW = "settings/settings";

    /** The page with the current settings; {@code saved}: the settings form was just saved. */
    String show(SignedInUser me, Model model, FormValues values, FormErrors errors, boolean saved) {
        reminders(me, model);
        model.addAttribute("form", new SettingsForm(SettingsForm.FIELDS, Zones.CHOICES, regions.around(values.get("region"))));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("signed", false);
        return VIEW;
    }

    /** The page again with {@code errors} next to their fields, {@code values} in the forms. */
    String refused(SignedInUser me, Model model, FormValues values, FormErrors errors) {
        return show(me, model, values, errors, false);
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

    /** What was typed in the settings form, over the current settings (the signature's form was not sent). */
    FormValues typedOver(SignedInUser me, HttpServletRequest request) {
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
    FormValues values(SignedInUser me) {
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
}
