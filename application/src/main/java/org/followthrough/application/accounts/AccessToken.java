package org.followthrough.application.accounts;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A personal access token as its owner sees it in the list: never the token itself, which is shown once. */
public record AccessToken(UUID id, String name, Instant createdAt, @Nullable Instant expiresAt,
                          @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
