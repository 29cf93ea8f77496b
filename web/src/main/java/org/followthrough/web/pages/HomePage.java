package org.followthrough.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What Followthrough is, with the way in. */
@Controller
class HomePage {

    static final String VIEW = "home";

    @GetMapping("/")
    String home(@RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("signedOut", signedOut != null);
        return VIEW;
    }
}
