package org.followthrough.domain.opportunity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The names under which opportunity events appear in the API and the read models: their simple class names. */
public final class EventTypes {

    private static final Map<String, Class<? extends OpportunityEvent>> BY_NAME = Arrays
            .stream(OpportunityEvent.class.getPermittedSubclasses())
            .map(type -> type.asSubclass(OpportunityEvent.class))
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {
    }

    public static String nameOf(OpportunityEvent event) {
        return event.getClass().getSimpleName();
    }

    public static Optional<Class<? extends OpportunityEvent>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
