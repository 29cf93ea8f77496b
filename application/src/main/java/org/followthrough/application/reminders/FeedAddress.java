package org.followthrough.application.reminders;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A candidate's calendar feed: the address is known only when it was just made ({@code url} null otherwise). */
public record FeedAddress(@Nullable String url, Instant createdAt) {
}
