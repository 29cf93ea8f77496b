package org.followthrough.application.reminders;

import java.time.Instant;

/** A candidate's calendar feed: the address is known only when it was just made ({@code url} null otherwise). */
public record FeedAddress(@org.jspecify.annotations.Nullable String url, Instant createdAt) {
}
