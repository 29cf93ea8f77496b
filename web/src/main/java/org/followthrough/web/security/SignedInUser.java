package org.followthrough.web.security;

import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.jspecify.annotations.Nullable;

import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The authenticated principal. Every query and command takes the candidate from here, never from a URL.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private @Nullable String passwordHash;
    private final String displayName;
    private final Role role;
    private final ZoneId timeZone;

    public SignedInUser(Account account) {
        this.id = account.id();
        this.email = account.email();
        this.passwordHash = account.passwordHash();
        this.displayName = account.displayName();
        this.role = account.role();
        this.timeZone = account.timeZone();
    }

    public UUID id() {
        return id;
    }

    public CandidateId candidateId() {
        return CandidateId.of(id);
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
