package org.followthrough.application.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator named by {@code FOLLOWTHROUGH_ADMIN_EMAIL} and {@code FOLLOWTHROUGH_ADMIN_PASSWORD} on
 * start-up, if both are set and the account does not exist yet. Nobody can sign up as an administrator.
 */
@Component
class AdministratorAtStartup {

    private static final Logger log = LoggerFactory.getLogger(AdministratorAtStartup.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    AdministratorAtStartup(AccountService accounts, @Value("${followthrough.admin.email:}") String email,
                           @Value("${followthrough.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @EventListener(ContextRefreshedEvent.class)
    void createIfAsked() {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.ensureAdmin(email, password)) {
            log.info("Created the administrator account {}", email);
        }
    }
}
