package org.followthrough.application.projection;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Which event of which stream a projection parks: enough to find it again in the store and to tell an admin. */
public record ParkedEvent(UUID streamId, @Nullable UUID candidateId, long sequence, String eventType) {
}
