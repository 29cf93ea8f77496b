package org.followthrough.domain.shared;

import java.util.Objects;
import java.util.UUID;

public record InterviewId(UUID value) implements Identifier {

    public InterviewId {
        Objects.requireNonNull(value, "interviewId");
    }

    public static InterviewId of(UUID value) {
        return new InterviewId(value);
    }

    public static InterviewId parse(String raw) {
        return new InterviewId(Identifier.parse("interviewId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
