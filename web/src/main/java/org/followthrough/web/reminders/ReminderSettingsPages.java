package org.followthrough.web.reminders;

import org.followthrough.application.reminders.CalendarFeeds;
import org.followthrough.application.reminders.Digests;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reminders' buttons on the settings page: a test digest now, the calendar feed's address made or revoked. */
@Controller
record ReminderSettingsPages(Digests digests, CalendarFeeds feeds, BaseUrl baseUrl) {

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
}
