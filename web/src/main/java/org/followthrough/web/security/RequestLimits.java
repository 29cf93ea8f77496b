package org.followthrough.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.followthrough.web.problems.BodyTooLarge;
import org.followthrough.web.problems.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first filter of every request, before security reads anything: bodies larger than the limit (1 MB for
 * commands, more for the history import) are refused with 413 before they are read — by their Content-Length, or
 * by counting as a chunked body is read; query strings that are not valid percent-encoded UTF-8 are refused with 400
 * (Tomcat would otherwise fail with 500 when a parameter is first asked for); {@code /error} asked for directly is
 * not found.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits extends OncePerRequestFilter {

    static final String IMPORT_PATH = "/api/v1/me/import";

    private final Problems problems;
    private final long commandLimit;
    private final long importLimit;

    RequestLimits(Problems problems,
                  @Value("${followthrough.limits.command-body:1MB}") DataSize commandLimit,
                  @Value("${followthrough.limits.import-body:20MB}") DataSize importLimit) {
        this.problems = problems;
        this.commandLimit = commandLimit.toBytes();
        this.importLimit = importLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (path.equals("/error")) {
            refuse(request, response, HttpStatus.NOT_FOUND, Problems.detail(HttpStatus.NOT_FOUND), null);
            return;
        }
        String badParameter = undecodable(request.getQueryString());
        if (badParameter != null) {
            refuse(request, response, HttpStatus.BAD_REQUEST,
                    "is not valid percent-encoded UTF-8", badParameter);
            return;
        }
        long limit = path.equals(IMPORT_PATH) ? importLimit : commandLimit;
        long length = request.getContentLengthLong();
        if (length > limit) {
            response.setHeader("Connection", "close");
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes.", "body");
            return;
        }
        try {
            chain.doFilter(length < 0 ? new Limited(request, limit) : request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (BodyTooLarge.in(e) && !response.isCommitted()) {
                response.setHeader("Connection", "close");
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE,
                        "The request body is larger than " + limit + " bytes.", "body");
                return;
            }
            throw e;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                        String field) throws IOException {
        if (Problems.wantsProblem(request.getRequestURI(), request)) {
            problems.write(request, response, status, field == null ? detail : (field + " " + detail), field);
        } else {
            response.sendError(status.value());
        }
    }

    /**
     * The name of the first query parameter (or "query") whose percent-encoding is broken or does not decode to
     * UTF-8; null when the whole query string is sound.
     */
    static String undecodable(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String decodedName = decode(name);
            if (decodedName == null) {
                return "query";
            }
            if (equals >= 0 && decode(pair.substring(equals + 1)) == null) {
                return decodedName.isEmpty() || decodedName.length() > 100 ? "query" : printable(decodedName);
            }
        }
        return null;
    }

    private static String printable(String name) {
        return name.codePoints().allMatch(c -> c > 0x20 && c < 0x7f) ? name : "query";
    }

    private static String decode(String text) {
        ByteBuffer bytes = ByteBuffer.allocate(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.put((byte) (c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A request whose body stream fails once more than the limit has been read (chunked bodies have no length). */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void count(long n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new BodyTooLarge(limit);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
