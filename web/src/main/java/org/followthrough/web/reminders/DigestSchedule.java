package org.followthrough.web.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.followthrough.application.reminders.Digests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The digest sweep as a db-scheduler recurring task: one execution at a time across every node (the task's row is the
 * lock), surviving restarts; each candidate's day is claimed in {@code digest_delivery} besides.
 */
@Configuration(proxyBeanMethods = false)
class DigestSchedule {

    static final String TASK = "digest-sweep";

    @Bean
    RecurringTask<Void> digestSweep(Digests digests) {
        return Tasks.recurring(TASK, FixedDelay.ofMinutes(1)).execute((instance, context) -> digests.sweep());
    }
}
