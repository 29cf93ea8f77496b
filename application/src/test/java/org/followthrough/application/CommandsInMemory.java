package org.followthrough.application;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A command gateway for the services' tests: keeps every command sent, and answers those a test gave a handler for
 * (the handler may throw, as the aggregate would). No aggregate, no event store.
 */
public final class CommandsInMemory implements CommandGateway {

    private final List<Object> sent = new ArrayList<>();
    private final Map<Class<?>, Function<Object, ?>> handlers = new HashMap<>();

    /** Answers commands of this type with what {@code handler} returns. */
    @SuppressWarnings("unchecked")
    public <C> CommandsInMemory on(Class<C> type, Function<? super C, ?> handler) {
        handlers.put(type, command -> handler.apply((C) command));
        return this;
    }

    /** Every command sent so far, in order. */
    public List<Object> sent() {
        return List.copyOf(sent);
    }

    /** The commands of this type sent so far, in order. */
    public <C> List<C> sent(Class<C> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        sent.add(command);
        Function<Object, ?> handler = handlers.get(command.getClass());
        return handler == null ? null : (R) handler.apply(command);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        try {
            return CompletableFuture.completedFuture(sendAndWait(command));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        throw new UnsupportedOperationException("the services under test send and wait");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return () -> true;
    }
}
