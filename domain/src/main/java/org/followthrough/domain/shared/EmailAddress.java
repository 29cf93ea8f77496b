package org.followthrough.domain.shared;

import org.jspecify.annotations.Nullable;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An e-mail address as the app keeps it, so that one person has one address however it was typed: trimmed, NFC,
 * lower-cased, the domain in ASCII (an internationalised domain in its {@code xn--} form), at most 254 characters,
 * and of a plain shape: {@code local@domain.tld}, where the local part holds letters, digits and the usual
 * {@code !#$%&'*+/=?^_`{|}~-.} (no quoted or commented forms), and the domain is a host name with a dot.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_BYTES = 64;
    /** Typed addresses may be longer before their domain is converted; the final bound is {@link #MAX_LENGTH}. */
    private static final Text.Rule TYPED = Text.LINE.upTo(320);
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-.";

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** The address in its kept form; refused, naming {@code field}, when it is not an e-mail address. */
    public static EmailAddress parse(String field, @Nullable String raw) {
        String typed = TYPED.required(field, raw).toLowerCase(Locale.ROOT);
        int at = typed.lastIndexOf('@');
        if (at < 0 || typed.indexOf('@') != at) {
            throw notAnAddress(field, typed, "it needs one @, as in name@example.com");
        }
        String local = typed.substring(0, at);
        checkLocalPart(field, typed, local);
        String domain = asciiDomain(field, typed, typed.substring(at + 1));
        String address = local + "@" + domain;
        if (address.length() > MAX_LENGTH) {
            throw new RuleViolation(field, "is too long (" + address.length() + " characters, at most " + MAX_LENGTH + ")");
        }
        return new EmailAddress(address);
    }

    /** {@link #parse}, or null when nothing was given. */
    public static @Nullable EmailAddress optional(String field, @Nullable String raw) {
        return raw == null || raw.isBlank() ? null : parse(field, raw);
    }

    public String value() {
        return value;
    }

    /** The address with its domain in Unicode: how addresses were kept before domains were stored in ASCII. */
    public String withUnicodeDomain() {
        int at = value.lastIndexOf('@');
        return value.substring(0, at + 1) + IDN.toUnicode(value.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
    }

    private static void checkLocalPart(String field, String typed, String local) {
        if (local.isEmpty()) {
            throw notAnAddress(field, typed, "nothing comes before the @");
        }
        if (local.getBytes(StandardCharsets.UTF_8).length > MAX_LOCAL_BYTES) {
            throw notAnAddress(field, typed, "the part before the @ is longer than " + MAX_LOCAL_BYTES + " bytes");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw notAnAddress(field, typed, "the part before the @ may not start or end with a dot, or have two in a row");
        }
        for (int i = 0; i < local.length(); ) {
            int codePoint = local.codePointAt(i);
            if (!mayBeInLocalPart(codePoint)) {
                throw notAnAddress(field, typed, Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                        ? "it contains a space" : "'" + Character.toString(codePoint) + "' cannot be part of an address");
            }
            i += Character.charCount(codePoint);
        }
    }

    private static boolean mayBeInLocalPart(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9')
                    || LOCAL_SYMBOLS.indexOf(codePoint) >= 0;
        }
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String asciiDomain(String field, String typed, String domain) {
        if (domain.isEmpty()) {
            throw notAnAddress(field, typed, "nothing comes after the @");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw notAnAddress(field, typed, "'" + domain + "' is not a valid domain name");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw notAnAddress(field, typed, "the domain needs a dot, as in example.com");
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                throw notAnAddress(field, typed, "the domain has an empty part between dots");
            }
        }
        if (labels[labels.length - 1].chars().noneMatch(Character::isLetter)) {
            throw notAnAddress(field, typed, "the domain must end in a name like .com, not a number");
        }
        return ascii;
    }

    private static RuleViolation notAnAddress(String field, String typed, String why) {
        return new RuleViolation(field, "is not an e-mail address: '" + typed + "' (" + why + ")");
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EmailAddress address && address.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
