package org.followthrough.site.drafts;

import org.followthrough.site.format.Links;
import org.jspecify.annotations.Nullable;

import java.net.URI;

/**
 * {@code mailto:} links as RFC 6068 wants them: UTF-8, percent-encoded, spaces as {@code %20} (a {@code +} would stay a
 * plus sign in a mail app), line breaks as {@code %0D%0A}.
 */
public final class Mailto {

    private Mailto() {
    }

    public static URI link(@Nullable String to, String subject, String body) {
        String crlf = body.replace("\r\n", "\n").replace("\n", "\r\n");
        return URI.create("mailto:" + (to == null ? "" : Links.encode(to, "@")) + "?subject=" + Links.encode(subject, "")
                + "&body=" + Links.encode(crlf, ""));
    }
}
