package org.followthrough.web.api;

import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.TimelineCursor;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.application.timeline.TimelinePage;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The candidate's events across all opportunities, newest first, as they stood at {@code asOf}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class TimelineApi {

    private final CandidateTimeline timeline;
    private final Clock clock;

    TimelineApi(CandidateTimeline timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    record Entry(String eventId, OpportunityId opportunityId, String company, String role, long sequence, String type,
                 OffsetDateTime occurredAt, OffsetDateTime recordedAt, boolean retracted, OpportunityEvent payload) {
    }

    /** A page of the timeline; {@code next} continues it (pass it as {@code after}), absent on the last page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timeline(OffsetDateTime asOf, String basis, List<Entry> entries, @Nullable String next) {
    }

    @GetMapping("/timeline")
    Timeline timeline(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String asOf,
                      @RequestParam(required = false) @Nullable String knownAt,
                      @RequestParam(required = false) @Nullable UUID opportunity,
                      @RequestParam(required = false) @Nullable String from,
                      @RequestParam(required = false) @Nullable String to,
                      @RequestParam(required = false) @Nullable String after,
                      @RequestParam(defaultValue = "" + FetchTimeline.DEFAULT_LIMIT) int limit) {
        if (limit < 1 || limit > 5000) {
            throw new RuleViolation("limit", "must be between 1 and 5000");
        }
        if (asOf != null && knownAt != null) {
            throw new RuleViolation("knownAt", "give either asOf (what had happened) or knownAt (what the app knew), not both");
        }
        ZoneId zone = me.timeZone();
        FetchTimeline.Basis basis = knownAt != null ? FetchTimeline.Basis.RECORDED : FetchTimeline.Basis.OCCURRED;
        Instant at = knownAt != null ? ApiTimes.asOf("knownAt", knownAt, zone, clock) : ApiTimes.asOf("asOf", asOf, zone, clock);
        Instant fromAt = from == null ? null : ApiTimes.start("from", from, zone);
        Instant toAt = to == null ? null : ApiTimes.asOf("to", to, zone, clock).plus(1, ChronoUnit.MICROS);
        TimelineCursor cursor = after == null ? null : TimelineCursor.parse("after", after);
        TimelinePage page = timeline.page(new FetchTimeline(me.candidateId(), at, basis,
                        opportunity == null ? null : OpportunityId.of(opportunity), fromAt, toAt, limit, cursor));
        return new Timeline(ApiTimes.show(at, zone), basis == FetchTimeline.Basis.OCCURRED ? "occurred" : "recorded",
                page.entries().stream()
                        .map(entry -> new Entry(entry.recorded().eventId(), entry.opportunity().opportunityId(),
                                entry.opportunity().company(), entry.opportunity().role(), entry.recorded().sequence(),
                                entry.recorded().type(), ApiTimes.show(entry.recorded().occurredAt(), zone),
                                ApiTimes.show(entry.recorded().recordedAt(), zone), entry.retracted(),
                                entry.recorded().event()))
                        .toList(),
                page.next() == null ? null : page.next().token());
    }
}
