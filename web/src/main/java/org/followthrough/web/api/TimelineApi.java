package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.TimelineCursor;
import org.followthrough.application.timeline.TimelinePage;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.Moment;
import org.followthrough.domain.shared.OpportunityId;
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
import java.util.List;
import java.util.UUID;

/** The candidate's events across all opportunities, newest first, as they stood at {@code asOf}. */
@Tag(name = OpenApiConfiguration.Tags.TIMELINE)
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
record TimelineApi(CandidateTimeline timeline, CandidatePolicy policy, Clock clock) {

    record Entry(String eventId, OpportunityId opportunityId, String company, String role, long sequence, String type,
                 OffsetDateTime occurredAt, OffsetDateTime recordedAt, boolean retracted, OpportunityEvent payload) {
    }

    /** A page of the timeline; {@code next} continues it (pass it as {@code after}), absent on the last page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timeline(OffsetDateTime asOf, String basis, List<Entry> entries, @Nullable String next) {
    }

    @Operation(operationId = "timeline", summary = "Read your timeline",
            description = "Everything recorded across your opportunities, in order, a page at a time: pass `next` from one page as `after` for the next. With `asOf` (and `knownAt`) you read it as it stood at an earlier moment; `opportunity`, `from` and `to` narrow it.")
    @GetMapping("/timeline")
    Timeline timeline(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable Moment asOf,
                      @RequestParam(required = false) @Nullable Moment knownAt,
                      @RequestParam(required = false) @Nullable UUID opportunity,
                      @RequestParam(required = false) @Nullable Moment from,
                      @RequestParam(required = false) @Nullable Moment to,
                      @RequestParam(required = false) @Nullable TimelineCursor after,
                      @RequestParam(defaultValue = "" + FetchTimeline.DEFAULT_LIMIT) int limit) {
        ApiTimes.Reading reading = ApiTimes.Reading.of(asOf, knownAt, me.timeZone(), clock,
                moment -> policy.zoneAt(me.candidateId(), moment).orElse(me.timeZone()));
        ZoneId zone = reading.zone();
        Instant at = reading.at();
        Basis basis = reading.basis();
        TimelinePage page = timeline.page(new FetchTimeline(me.candidateId(), at, basis,
                opportunity == null ? null : OpportunityId.of(opportunity), from == null ? null : from.from(zone),
                to == null ? null : to.until(zone), limit, after));
        return new Timeline(ApiTimes.show(at, zone), basis == Basis.OCCURRED ? "occurred" : "recorded",
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
