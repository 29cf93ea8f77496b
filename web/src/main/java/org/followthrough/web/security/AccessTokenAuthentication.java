package org.followthrough.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** Signed in with a personal access token rather than a password: enough to use the API, not to mint more tokens. */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    AccessTokenAuthentication(SignedInUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
