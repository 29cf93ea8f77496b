package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.reminders.CalendarFeeds;
import org.followthrough.application.reminders.FeedAddress;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.web.reminders.BaseUrl;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;

/**
 * The candidate's private calendar feed: a new call makes a new address (the old one stops working), and the address
 * is shown in that answer only, since only a hash of its token is kept; {@code GET} says whether there is one.
 */
@Tag(name = OpenApiConfiguration.Tags.REMINDERS)
@RestController
@RequestMapping(path = "/api/v1/me/calendar-feed", produces = MediaType.APPLICATION_JSON_VALUE)
record CalendarFeedApi(CalendarFeeds feeds, BaseUrl baseUrl) {

    /** {@code url} is present only in the answer that made it. */
    record Feed(@Nullable String url, OffsetDateTime createdAt) {

        static Feed of(FeedAddress address, SignedInUser me) {
            return new Feed(address.url(), address.createdAt().atZone(me.timeZone()).toOffsetDateTime());
        }
    }

    @Operation(operationId = "createCalendarFeed", summary = "Make a new calendar feed address",
            description = "A private iCalendar address for your due actions and scheduled interviews, shown once; an earlier address stops working.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    Feed create(@AuthenticationPrincipal SignedInUser me) {
        return Feed.of(feeds.create(me.candidateId(), baseUrl.ofRequest()), me);
    }

    @Operation(operationId = "getCalendarFeed", summary = "Show whether you have a calendar feed",
            description = "When the current feed address was made; 404 when there is none. The address itself is shown only when it is made.")
    @GetMapping
    Feed current(@AuthenticationPrincipal SignedInUser me) {
        return Feed.of(feeds.current(me.candidateId()).orElseThrow(() -> new NotFound("calendar feed")), me);
    }

    @Operation(operationId = "deleteCalendarFeed", summary = "Turn the calendar feed off",
            description = "The feed address answers 404 from then on.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping
    void revoke(@AuthenticationPrincipal SignedInUser me) {
        feeds.revoke(me.candidateId());
    }
}
