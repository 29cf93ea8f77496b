package org.followthrough.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * An HTTP Basic header, read as the Basic sign-in itself reads it, for the places that need its parts outside the
 * sign-in (the throttle counts the account named; erasure takes the password as typed again).
 */
public final class BasicHeader {

    private static final BasicAuthenticationConverter CONVERTER = new BasicAuthenticationConverter();

    private BasicHeader() {
    }

    /** The account and password the request's Basic header names; none, or unreadable: null. */
    public static @Nullable UsernamePasswordAuthenticationToken of(HttpServletRequest request) {
        try {
            return CONVERTER.convert(request);
        } catch (AuthenticationException unreadable) {
            return null;
        }
    }
}
