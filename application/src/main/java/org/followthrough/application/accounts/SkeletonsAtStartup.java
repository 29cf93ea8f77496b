package org.followthrough.application.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Accounts made before look-alike addresses were refused get their skeleton once, so new sign-ups are checked against them. */
@Component
class SkeletonsAtStartup {

    private static final Logger log = LoggerFactory.getLogger(SkeletonsAtStartup.class);

    private final Accounts accounts;

    SkeletonsAtStartup(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener(ContextRefreshedEvent.class)
    void keep() {
        int kept = accounts.keepSkeletons();
        if (kept > 0) {
            log.info("Kept the confusable skeletons of {} older accounts", kept);
        }
    }
}
