package org.followthrough.application.reminders;

import java.time.Instant;

/** A calendar feed as served: the iCalendar text, its entity tag (a hash of the text) and when it last changed. */
public record FeedDocument(String body, String etag, Instant lastModified) {
}
