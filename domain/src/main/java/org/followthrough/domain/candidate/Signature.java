package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.EmailAddress;
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

    /** A web address: one line, longer than a name may be. */
    public static final Text.Rule PROFILE_URL = Text.LINE.upTo(500);

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");

    /** Declared after the rules above, which its construction uses. */
    public static final Signature NONE = new Signature(null, null, null);

    public Signature {
        phone = Text.LINE.optional("signature.phone", phone);
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
            throw new RuleViolation("signature.phone", "is not a phone number: digits, spaces and + ( ) . / - only");
        }
        EmailAddress address = EmailAddress.optional("signature.email", email);
        email = address == null ? null : address.value();
        profileUrl = PROFILE_URL.optional("signature.profileUrl", profileUrl);
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
