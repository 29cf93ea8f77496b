package org.followthrough.web.security;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every hour, one node (a db-scheduler recurring task: its row is the lock) forgets the throttle's buckets that have
 * filled up again, so {@code throttle_bucket} holds only who is inside a window, not every address that ever signed in.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleCleanup {

    static final String TASK = "throttle-cleanup";
    private static final Logger log = LoggerFactory.getLogger(ThrottleCleanup.class);

    @Bean
    RecurringTask<Void> throttleCleanupTask(Throttle throttle) {
        return Tasks.recurring(TASK, FixedDelay.ofHours(1)).execute((instance, context) -> {
            int removed = throttle.forgetFullBuckets();
            if (removed > 0) {
                log.debug("Forgot {} full throttle buckets", removed);
            }
        });
    }
}
