package org.followthrough.site.format;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Links with query parameters, each value percent-encoded as RFC 3986 allows in a query (a space as {@code %20}). */
public final class Links {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** What may stand as it is in a query parameter's value: RFC 3986's pchar, '/' and '?', but not '&' or '='. */
    private static final String QUERY_VALUE = "!$'()*+,;:@/?";

    private Links() {
    }

    /** {@code path} with the parameters whose value is not null, in the order given. */
    public static String withQuery(String path, Map<String, ?> parameters) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(encode(name, QUERY_VALUE) + "=" + encode(value.toString(), QUERY_VALUE));
            }
        });
        return query.toString();
    }

    /** Everything but RFC 3986's unreserved characters (and those in {@code keep}) as %XX of its UTF-8 bytes. */
    public static String encode(String text, String keep) {
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
