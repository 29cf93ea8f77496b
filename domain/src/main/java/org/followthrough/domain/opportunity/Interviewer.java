package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/** Someone who interviewed the candidate; the name is how thank-yous and drafts refer to them. */
public record Interviewer(String name, @Nullable String title, @Nullable String email) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Interviewer {
        name = Text.required("name", name, Text.MAX_SHORT);
        title = Text.optional("title", title, Text.MAX_SHORT);
        email = Text.optional("email", email, Text.MAX_SHORT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("email", "is not an e-mail address: '" + email + "'");
        }
    }

    public boolean isCalled(String someName) {
        return key(name).equals(key(someName));
    }

    /** A name reduced for comparison: case and spacing do not make two people. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
