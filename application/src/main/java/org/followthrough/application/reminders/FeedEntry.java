package org.followthrough.application.reminders;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a calendar feed, before it is written: all day on {@code day}, or from {@code start} for
 * {@code length}. {@link #contentHash()} covers everything a calendar shows, so a changed entry is told apart.
 */
record FeedEntry(String uid, String summary, String description, String url, @Nullable LocalDate day,
                 @Nullable Instant start, @Nullable Duration length) {

    FeedEntry {
        if ((day == null) == (start == null) || (start != null && length == null)) {
            throw new IllegalArgumentException("an entry is all day or starts at an instant with a length");
        }
    }

    static FeedEntry allDay(String uid, String summary, String description, String url, LocalDate day) {
        return new FeedEntry(uid, summary, description, url, day, null, null);
    }

    static FeedEntry timed(String uid, String summary, String description, String url, Instant start, Duration length) {
        return new FeedEntry(uid, summary, description, url, null, start, length);
    }

    byte[] contentHash() {
        String content = String.join("\u0000", summary, description, url, String.valueOf(day), String.valueOf(start),
                String.valueOf(length));
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
