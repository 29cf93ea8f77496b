package org.followthrough.web.security;

import org.followthrough.application.accounts.Accounts;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.RuleViolation;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs people in by e-mail address against the account table. */
@Component
record AccountUserDetailsService(Accounts accounts) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String email) {
        try {
            return accounts.byEmail(EmailAddress.parse("email", email)).map(SignedInUser::new)
                    .orElseThrow(() -> new UsernameNotFoundException("no account for that e-mail address"));
        } catch (RuleViolation notAnAddress) {
            throw new UsernameNotFoundException("no account for that e-mail address");
        }
    }
}
