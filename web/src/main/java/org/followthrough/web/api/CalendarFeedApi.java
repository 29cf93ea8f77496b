package org.followthrough.web.api;

import org.followthrough.application.reminders.CalendarFeeds;
import org.followthrough.application.reminders.FeedAddress;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.web.reminders.BaseUrl;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;

/**
 * The candidate's private calendar feed: a new call makes a new address (the old one stops working), and the address
 * is shown in that answer only, since only a hash of its token is kept; {@code GET} says whether there is one.
 */
@RestController
@RequestMapping(path = "/api/v1/me/calendar-feed", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarFeedApi {

    private final CalendarFeeds feeds;
    private final BaseUrl baseUrl;

    CalendarFeedApi(CalendarFeeds feeds, BaseUrl baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl;
    }

    /** {@code url} is present only in the answer that made it. */
    record Feed(@Nullable String url, OffsetDateTime createdAt) {

        static Feed of(FeedAddress address, SignedInUser me) {
            return new Feed(address.url(), address.createdAt().atZone(me.timeZone()).toOffsetDateTime());
        }
    }

    @PostMapping
    ResponseEntity<Feed> create(@AuthenticationPrincipal SignedInUser me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Feed.of(feeds.create(me.candidateId(), baseUrl.ofRequest()), me));
    }

    @GetMapping
    Feed current(@AuthenticationPrincipal SignedInUser me) {
        return Feed.of(feeds.current(me.candidateId()).orElseThrow(() -> new NotFound("calendar feed")), me);
    }

    @DeleteMapping
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser me) {
        feeds.revoke(me.candidateId());
        return ResponseEntity.noContent().build();
    }
}
