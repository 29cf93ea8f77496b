package org.followthrough.domain.shared;

import java.util.Objects;
import java.util.UUID;

public record CandidateId(UUID value) implements Identifier {

    public CandidateId {
        Objects.requireNonNull(value, "candidateId");
    }

    public static CandidateId of(UUID value) {
        return new CandidateId(value);
    }

    public static CandidateId parse(String raw) {
        return new CandidateId(Identifier.parse("candidateId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
