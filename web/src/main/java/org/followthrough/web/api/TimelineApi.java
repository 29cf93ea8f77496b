package org.followthrough.web.api;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The candidate's events across all opportunities, newest first, as they stood at {@code asOf}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class TimelineApi {

    private final QueryGateway queries;
    private final Clock clock;

    TimelineApi(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    record Entry(String eventId, OpportunityId opportunityId, String company, String role, long sequence, String type,
                 OffsetDateTime occurredAt, OffsetDateTime recordedAt, boolean retracted, OpportunityEvent payload) {
    }

    record Timeline(OffsetDateTime asOf, List<Entry> entries) {
    }

    @GetMapping("/timeline")
    Timeline timeline(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String asOf,
                      @RequestParam(defaultValue = "" + FetchTimeline.DEFAULT_LIMIT) int limit) {
        if (limit < 1 || limit > 5000) {
            throw new RuleViolation("limit", "must be between 1 and 5000");
        }
        Instant at = ApiTimes.asOf("asOf", asOf, me.timeZone(), clock);
        List<TimelineEntry> entries = queries.query(new FetchTimeline(me.candidateId(), at, limit),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
        return new Timeline(ApiTimes.show(at, me.timeZone()), entries.stream()
                .map(entry -> new Entry(entry.recorded().eventId(), entry.opportunity().opportunityId(),
                        entry.opportunity().company(), entry.opportunity().role(), entry.recorded().sequence(),
                        entry.recorded().type(), ApiTimes.show(entry.recorded().occurredAt(), me.timeZone()),
                        ApiTimes.show(entry.recorded().recordedAt(), me.timeZone()), entry.retracted(),
                        entry.recorded().event()))
                .toList());
    }
}
