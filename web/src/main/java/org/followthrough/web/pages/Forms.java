package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.forms.FormValues;
import org.followthrough.web.Unreadable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a form sent back with a mistake shows: the words next to each field at fault, and what was typed. Bean
 * Validation and type conversion judge the shape of the input; the domain's rules ({@link RuleViolation}) the rest.
 */
final class Forms {

    private Forms() {
    }

    /**
     * The binding's faults in words, each under the name the page shows it by ({@code shownAs} renames a form field,
     * e.g. the interview's "day" is shown with its end time as "endedAt").
     */
    static FormErrors errors(BindingResult binding, Map<String, String> shownAs) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            String message = !error.isBindingFailure() ? error.getDefaultMessage()
                    : error.contains(TypeMismatchException.class) ? Unreadable.of(error.unwrap(TypeMismatchException.class))
                    : "could not be read";
            byField.putIfAbsent(shownAs.getOrDefault(error.getField(), error.getField()), message);
        }
        return new FormErrors(byField);
    }

    static FormErrors errors(BindingResult binding) {
        return errors(binding, Map.of());
    }

    /**
     * Recorded: the dashboard, with {@code done} said on top and the cadence check's warnings (a second follow-up too
     * soon …) under it.
     */
    static String recorded(Recording.Recorded recorded, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", done);
        if (!recorded.warnings().isEmpty()) {
            redirect.addFlashAttribute("warnings", recorded.warnings());
        }
        return "redirect:/";
    }

    static FormErrors errors(RuleViolation violation) {
        return FormErrors.of(violation.field(), violation.getMessage());
    }

    /**
     * What was sent, as typed, to fill the form in again: each field's first value under its name, and every value of
     * it also as {@code name[0]}, {@code name[1]} … (fields repeated once per person).
     */
    static FormValues typed(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (sent.length > 0) {
                values.put(name, sent[0]);
            }
            for (int i = 0; i < sent.length; i++) {
                values.putIfAbsent(name + "[" + i + "]", sent[i]);
            }
        });
        return FormValues.of(values);
    }
}
