package org.followthrough.domain.shared;

import java.util.Objects;
import java.util.UUID;

public record OpportunityId(UUID value) implements Identifier {

    public OpportunityId {
        Objects.requireNonNull(value, "opportunityId");
    }

    public static OpportunityId of(UUID value) {
        return new OpportunityId(value);
    }

    public static OpportunityId parse(String raw) {
        return new OpportunityId(Identifier.parse("opportunityId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
