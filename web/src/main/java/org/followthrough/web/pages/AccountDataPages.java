package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.application.erasure.Erasure;
import org.followthrough.application.history.HistoryImport;
import org.followthrough.application.history.ImportHistory;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.web.security.Sessions;
import org.followthrough.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * What the candidate does with their whole account from the settings page: import a history, delete everything. A
 * refusal shows the settings page again with why next to the field.
 */
@Controller
record AccountDataPages(ImportHistory history, Erasure erasure, Sessions sessions, SettingsView page, JsonMapper json) {

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
            String where = refused instanceof RuleViolation violation ? violation.field() + ": " : "";
            return page.refused(me, model, page.values(me),
                    FormErrors.of("history", "Nothing was imported. " + where + refused.getMessage()));
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
            return page.refused(me, model, page.values(me),
                    FormErrors.of("erasePassword", "Nothing was deleted: the password " + refused.getMessage()
                            .replaceFirst("^is ", "was ")));
        }
        sessions.endAllOf(me, request);
        return "redirect:/?signedOut";
    }
}
