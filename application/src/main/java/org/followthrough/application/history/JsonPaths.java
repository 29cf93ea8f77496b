package org.followthrough.application.history;

import tools.jackson.core.JacksonException;

import java.util.List;

/** Where in a JSON document Jackson stopped, written as the API names fields: {@code .interviewers[0].name}. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path, each part with its leading {@code .} or {@code [}; empty for the document itself. */
    static String of(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
