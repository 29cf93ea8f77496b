package org.followthrough.site.drafts;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code mailto:} links as RFC 6068 wants them: UTF-8, percent-encoded, spaces as {@code %20} (a {@code +} would stay a
 * plus sign in a mail app), line breaks as {@code %0D%0A}.
 */
public final class Mailto {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Mailto() {
    }

    public static URI link(@Nullable String to, String subject, String body) {
        String crlf = body.replace("\r\n", "\n").replace("\n", "\r\n");
        return URI.create("mailto:" + (to == null ? "" : encode(to, "@")) + "?subject=" + encode(subject, "")
                + "&body=" + encode(crlf, ""));
    }

    /** Everything but RFC 3986's unreserved characters (and those in {@code keep}) as %XX of its UTF-8 bytes. */
    static String encode(String text, String keep) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || keep.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }
}
