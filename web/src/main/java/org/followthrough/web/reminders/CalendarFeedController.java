package org.followthrough.web.reminders;

import org.followthrough.application.reminders.CalendarFeeds;
import org.followthrough.application.reminders.FeedDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The calendar feed, for calendar apps: no sign-in, the token in the address is the key. Polling is cheap: an
 * unchanged feed answers 304 to {@code If-None-Match} or {@code If-Modified-Since}.
 */
@Controller
record CalendarFeedController(CalendarFeeds feeds, BaseUrl baseUrl) {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, WebRequest request) {
        Optional<FeedDocument> document = feeds.feed(token, baseUrl.ofRequest());
        if (document.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("No calendar feed at this address.\n");
        }
        FeedDocument feed = document.get();
        if (request.checkNotModified(feed.etag(), feed.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(feed.etag())
                .lastModified(feed.lastModified())
                .header("Referrer-Policy", "no-referrer")
                .body(feed.body());
    }
}
