package org.followthrough.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The first thing every request meets, before security and before anything reads it: a query string must be valid
 * percent-encoded UTF-8 (a malformed one is refused with 400 naming the parameter, instead of failing deep inside
 * the container), and a body may not be larger than its limit — 1 MB for commands, more for an imported history —,
 * refused with 413 from its declared length before a byte is read, or as soon as a chunked body goes past it. And
 * {@code /error}, where the container forwards failures, answers 404 when asked for directly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class InputLimits extends OncePerRequestFilter {

    /** Where a larger body is expected: the history import (API and settings page). */
    private static final List<String> IMPORTS = List.of("/api/v1/me/import", "/me/import");

    private final long commandLimit;
    private final long importLimit;
    private final JsonMapper json;

    InputLimits(@Value("${followthrough.limits.command-body:1MB}") DataSize commandLimit,
                @Value("${followthrough.limits.import-body:20MB}") DataSize importLimit, JsonMapper json) {
        this.commandLimit = commandLimit.toBytes();
        this.importLimit = importLimit.toBytes();
        this.json = json;
    }

    /** Thrown by the body's stream once a chunked body goes past its limit; answered with 413. */
    public static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("the request body is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KB");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(request.getRequestURI())) {
            // the container forwards failures there; asked for directly, there is no error to show
            refuse(request, response, HttpStatus.NOT_FOUND, "path", "there is nothing at /error");
            return;
        }
        String malformed = malformedParameter(request.getQueryString());
        if (malformed != null) {
            refuse(request, response, HttpStatus.BAD_REQUEST, malformed,
                    "is not valid percent-encoded UTF-8 (a query must encode its characters as UTF-8 bytes)");
            return;
        }
        long limit = IMPORTS.contains(request.getRequestURI()) ? importLimit : commandLimit;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "body",
                    "is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KB");
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** The name of the first parameter whose name or value does not decode, or null when all do. */
    static @Nullable String malformedParameter(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            String decodedName = decode(name);
            if (decodedName == null) {
                return "query";
            }
            if (decode(value) == null) {
                return decodedName;
            }
        }
        return null;
    }

    /** Strict {@code application/x-www-form-urlencoded} decoding: null for a bad escape or bytes that are not UTF-8. */
    static @Nullable String decode(String part) {
        byte[] bytes = new byte[part.length()];
        int length = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return null;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes[length++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes[length++] = (byte) (c == '+' ? ' ' : c);
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = utf8.decode(ByteBuffer.wrap(bytes, 0, length));
            return decoded.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
                        String message) throws IOException {
        response.setStatus(status.value());
        if (request.getRequestURI().startsWith("/api/") || status == HttpStatus.NOT_FOUND
                && !String.valueOf(request.getHeader("Accept")).contains("text/html")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
            problem.setType(URI.create(switch (status) {
                case BAD_REQUEST -> "/problems/invalid-input";
                case NOT_FOUND -> "/problems/not-found";
                default -> "/problems/too-large";
            }));
            problem.setTitle(switch (status) {
                case BAD_REQUEST -> "Invalid input";
                case NOT_FOUND -> "Not found";
                default -> "Request too large";
            });
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + status.value() + " " + HtmlUtils.htmlEscape(status.getReasonPhrase()) + "</title></head><body><h1>"
                    + HtmlUtils.htmlEscape(status.getReasonPhrase()) + "</h1><p>" + HtmlUtils.htmlEscape(field + ": " + message)
                    + "</p><p><a href=\"/\">Back to Followthrough</a></p></body></html>");
        }
        // a refused body is not read: the connection is not kept for another request
        response.setHeader("Connection", "close");
    }

    /** The request with its body stream counting, failing once it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
