package org.followthrough.application;

import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A deadline manager that only remembers what was scheduled, for the services' tests. */
public final class DeadlinesInMemory implements DeadlineManager {

    /** One scheduled deadline. */
    public record Scheduled(Instant at, String name, @Nullable Object payload, ScopeDescriptor scope) {
    }

    private final List<Scheduled> scheduled = new ArrayList<>();

    public List<Scheduled> scheduled() {
        return List.copyOf(scheduled);
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, @Nullable Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        scheduled.add(new Scheduled(triggerDateTime, deadlineName, messageOrPayload, deadlineScope));
        return deadlineName + "-" + scheduled.size();
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void cancelAll(String deadlineName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super DeadlineMessage<?>> interceptor) {
        return () -> true;
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super DeadlineMessage<?>> interceptor) {
        return () -> true;
    }
}
