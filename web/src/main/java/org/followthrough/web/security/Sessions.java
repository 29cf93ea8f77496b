package org.followthrough.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.followthrough.application.accounts.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Puts an account into the page session: after sign-up (in a fresh session: no fixation), or after it changed. */
@Component
public class Sessions {

    private final SecurityContextRepository contextRepository;

    private @Nullable FindByIndexNameSessionRepository<? extends Session> sessionStore;

    /** Where sessions are kept, when they are kept where they can be found by account (Spring Session JDBC). */
    @Autowired(required = false)
    void sessionStore(FindByIndexNameSessionRepository<? extends Session> sessionStore) {
        this.sessionStore = sessionStore;
    }

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
     * Ends the sessions of an account that was just deleted: this request's now, and every other one it has on any
     * node (sessions live in PostgreSQL, indexed by the principal's name). Its access tokens went with the account.
     */
    public void endAllOf(SignedInUser user, @Nullable HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (sessionStore != null) {
            sessionStore.findByPrincipalName(user.getUsername()).keySet().forEach(sessionStore::deleteById);
        }
    }
}
