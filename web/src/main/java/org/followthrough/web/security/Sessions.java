package org.followthrough.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.followthrough.application.accounts.Account;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts an account into the page session: after sign-up (in a fresh session: no fixation), or after it changed. */
@Component
public class Sessions {

    private final SecurityContextRepository contextRepository;

    Sessions(SecurityContextRepository contextRepository) {
        this.contextRepository = contextRepository;
    }

    /** Signs the account in, in a fresh session. */
    public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        refresh(account, request, response);
    }

    /** The session's principal carries the account's time zone; after a move it must carry the new one. */
    public void refresh(Account account, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = new SignedInUser(account);
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    /**
     * Ends the sessions of an account that was just deleted: this request's session now. Sessions are kept in this
     * node's memory, where nothing finds another session by its account; HOOK for sessions in PostgreSQL (Spring
     * Session JDBC): delete the account's rows there as well ({@code spring_session} by {@code principal_name}, the
     * account's e-mail address; access tokens by account). Until then another browser's session of a deleted
     * candidate stays open but reads nothing and writes nothing personal: their key is gone, so whatever it records
     * is stored as placeholders and skipped by every projection.
     */
    public void endAllOf(SignedInUser user, HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
