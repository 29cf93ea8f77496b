package org.followthrough.domain.shared;

import java.util.UUID;

/**
 * A typed identifier. Its {@code toString()} is the raw UUID, because Axon keys event streams and
 * deadlines by it and the API shows it as is.
 */
public interface Identifier {

    UUID value();

    static UUID parse(String field, String raw) {
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "is not a valid id: '" + raw + "'");
        }
    }
}
