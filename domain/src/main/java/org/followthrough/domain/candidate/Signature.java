package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the candidate signs their messages: a phone number, an e-mail address, a profile link, each optional (seed 000:
 * put your contact details in every follow-up so they are easy to reach).
 */
public record Signature(@Nullable String phone, @Nullable String email, @Nullable String profileUrl) {

    public static final Signature NONE = new Signature(null, null, null);

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_URL = 500;

    public Signature {
        phone = Text.optional("signature.phone", phone, Text.MAX_SHORT);
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
            throw new RuleViolation("signature.phone", "is not a phone number: digits, spaces and + ( ) . / - only");
        }
        email = Text.optional("signature.email", email, Text.MAX_SHORT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("signature.email", "is not an e-mail address: '" + email + "'");
        }
        profileUrl = Text.optional("signature.profileUrl", profileUrl, MAX_URL);
        if (profileUrl != null && !isWebAddress(profileUrl)) {
            throw new RuleViolation("signature.profileUrl", "must be a web address starting with https:// or http://");
        }
    }

    public boolean isEmpty() {
        return phone == null && email == null && profileUrl == null;
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
