package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** Someone who interviewed the candidate; the name is how thank-yous and drafts refer to them. */
public record Interviewer(String name, @Nullable String title, @Nullable String email) {

    public Interviewer {
        name = Text.LINE.required("name", name);
        title = Text.LINE.optional("title", title);
        EmailAddress address = EmailAddress.optional("email", email);
        email = address == null ? null : address.value();
    }

    public boolean isCalled(String someName) {
        return key(name).equals(key(someName));
    }

    /** A name reduced for comparison: case and spacing do not make two people. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
