package org.followthrough.web.reminders;

import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.application.reminders.Digests;
import org.followthrough.application.reminders.UnsubscribeLinks;
import org.followthrough.site.layout.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of the digest, good without signing in. Opening it asks first (mail scanners open links);
 * a POST turns the digest off: the button on that page, or a mail client's one-click (RFC 8058).
 */
@Controller
record UnsubscribeController(Digests digests, UnsubscribeLinks links) {

    static final String VIEW = "reminders/unsubscribe";
    private static final PageContext NOBODY = new PageContext(null, new PageContext.Csrf("_csrf", ""));

    @GetMapping("/unsubscribe/{token}")
    String ask(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean valid = links.verify(token).isPresent();
        if (!valid) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return view(model, token, false, valid);
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean done = digests.unsubscribe(token);
        if (!done) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return view(model, token, done, done);
    }

    private static String view(Model model, String token, boolean done, boolean valid) {
        model.addAttribute("page", NOBODY);
        model.addAttribute("action", "/unsubscribe/" + token);
        model.addAttribute("done", done);
        model.addAttribute("valid", valid);
        return VIEW;
    }
}
