package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.OpportunityLog;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.OpportunityPosition;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.domain.opportunity.OpportunityCommand;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.web.api.OpportunityBodies.*;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records what happened in an opportunity. Each call sends one command on behalf of the signed-in candidate;
 * an opportunity of anyone else answers 404, exactly like one that does not exist.
 */
@Tag(name = OpenApiConfiguration.Tags.OPPORTUNITIES)
@RestController
@RequestMapping(path = "/api/v1/opportunities", produces = MediaType.APPLICATION_JSON_VALUE)
record OpportunityApi(Recording recording, OpportunityEventLog eventLog, CandidateTimeline timeline, Clock clock,
                      PageCursors cursors) {

    private static final String OPPORTUNITIES_LIST = "opportunities";

    record Opened(OpportunityId id) {
    }

    record InterviewRecorded(InterviewId interviewId, long sequence) {
    }

    record Recorded(long sequence) {
    }

    record FollowUpRecorded(long sequence, List<String> warnings) {
    }

    record OpportunityView(OpportunityId id, String company, String role, OffsetDateTime openedAt,
                           @Nullable Outcome outcome, @Nullable OffsetDateTime closedAt) {
    }

    /** A page of opportunities; {@code next} continues it (pass it as {@code after}), null on the last page. */
    record Opportunities(List<OpportunityView> opportunities, @Nullable String next) {
    }

    record EventView(String eventId, long sequence, String type, OffsetDateTime occurredAt, OffsetDateTime recordedAt,
                     boolean retracted, OpportunityEvent payload) {
    }

    @Operation(operationId = "openOpportunity", summary = "Open an opportunity",
            description = "Starts following a company and role. `openedAt` defaults to now. Answers 201 with the new opportunity's id and its location.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Opened> open(@AuthenticationPrincipal SignedInUser me, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                    {"company": "Initech", "role": "Backend engineer", "openedAt": "2026-03-02T09:00:00+01:00"}
                    """)))
            @Valid @RequestBody OpenBody body) {
        OpportunityId id = recording.open(me.candidateId(), body.company(), body.role(), ApiTimes.instant(body.openedAt()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new Opened(id));
    }

    @Operation(operationId = "listOpportunities", summary = "List your opportunities",
            description = "Every opportunity you opened, with its outcome once closed, the most recently opened first, a page at a time: `limit` of them (default 50, at most 200), and `next`, which you pass as `after` for the next page (null on the last). The order is fixed (opened, then id), so paging never skips or repeats one, even while you open more.")
    @GetMapping
    Opportunities list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String after,
                       @RequestParam(defaultValue = "" + PageCursors.DEFAULT_LIMIT) int limit) {
        int size = PageCursors.limit(limit);
        OpportunityPosition from = cursors.after(OPPORTUNITIES_LIST, me.candidateId(), after, OpportunityApi::position);
        PageCursors.Page<OpportunitySummary> page = cursors.page(OPPORTUNITIES_LIST, me.candidateId(),
                timeline.opportunities(me.candidateId(), from, size + 1), size,
                last -> ChronoUnit.MICROS.between(Instant.EPOCH, last.openedAt()) + "." + last.opportunityId());
        return new Opportunities(page.items().stream().map(summary -> view(summary, me.timeZone())).toList(),
                page.next());
    }

    private static OpportunityPosition position(String text) {
        String[] parts = text.split("\\.", -1);
        try {
            return new OpportunityPosition(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                    OpportunityId.of(UUID.fromString(parts[1])));
        } catch (RuntimeException e) {
            throw new RuleViolation("after", "is not a position in this list");
        }
    }

    @Operation(operationId = "getOpportunity", summary = "Get one opportunity",
            description = "One of your opportunities; 404 if there is no such opportunity among yours.")
    @GetMapping("/{id}")
    OpportunityView one(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
        return timeline.opportunity(me.candidateId(), OpportunityId.of(id)).map(summary -> view(summary, me.timeZone()))
                .orElseThrow(() -> new NotFound("opportunity", id));
    }

    @Operation(operationId = "recordInterview", summary = "Record an interview",
            description = "Records an interview: when it ended (and started), the round, who interviewed you, and what they said about when you will hear back. Answers 201 with the interview's id, which notes and thank-yous refer to, once your next read shows it.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InterviewRecorded> interview(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                    {"startedAt": "2026-03-10T14:00:00+01:00", "endedAt": "2026-03-10T15:00:00+01:00", "round": 1,
                     "interviewers": [{"name": "Grace Hopper", "title": "Engineering manager",
                                       "email": "grace@initech.example"}],
                     "decision": {"kind": "DATE", "date": "2026-03-17"}}
                    """)))
            @Valid @RequestBody InterviewBody body) {
        InterviewId interviewId = InterviewId.of(body.interviewId() == null ? UUID.randomUUID() : body.interviewId());
        long sequence = send(body.toCommand(OpportunityId.of(id), me.candidateId(), interviewId, me.timeZone()));
        return created(id, new InterviewRecorded(interviewId, sequence));
    }

    /** An interview still to come; recording it as held later ({@code …/interviews} with this id) keeps the id. */
    @Operation(operationId = "scheduleInterview", summary = "Schedule an interview",
            description = "An interview still to come; the day before, the due actions remind you to prepare. Recording it as held later keeps its id.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/scheduled-interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InterviewRecorded> schedule(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                               @Valid @RequestBody ScheduledInterviewBody body) {
        InterviewId interviewId = InterviewId.of(UUID.randomUUID());
        long sequence = send(body.toCommand(OpportunityId.of(id), me.candidateId(), interviewId));
        return created(id, new InterviewRecorded(interviewId, sequence));
    }

    @Operation(operationId = "rescheduleInterview", summary = "Move a scheduled interview",
            description = "A new start (and end) for an interview still to come.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/scheduled-interviews/{interviewId}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> reschedule(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                        @PathVariable UUID interviewId, @Valid @RequestBody RescheduleBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId(), InterviewId.of(interviewId)));
    }

    @Operation(operationId = "cancelInterview", summary = "Cancel a scheduled interview",
            description = "The interview will not take place; its reminders go.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/scheduled-interviews/{interviewId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> cancel(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                    @PathVariable UUID interviewId, @Valid @RequestBody CancelBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId(), InterviewId.of(interviewId)));
    }

    /** The employer moved their date on an interview. */
    @Operation(operationId = "recordDecisionChange", summary = "Record a moved decision date",
            description = "The employer moved the date they gave at an interview; the status check follows the new date.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/decision-changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> decisionChange(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                            @Valid @RequestBody DecisionChangeBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId(), me.timeZone()));
    }

    /** A LinkedIn connection with someone from the process: its own action, neither a check-in nor an answer. */
    @Operation(operationId = "recordConnection", summary = "Record a LinkedIn connection",
            description = "A connection with someone from the process: its own entry, neither a check-in nor an answer to a concern.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/connections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> connection(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                        @Valid @RequestBody ConnectionBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId()));
    }

    @Operation(operationId = "recordInterviewNotes", summary = "Record notes on an interview",
            description = "What went well, what went badly, what stood out and what you forgot, for one interview of this opportunity.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> notes(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                   @Valid @RequestBody NotesBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId()));
    }

    @Operation(operationId = "recordThankYou", summary = "Record a thank-you",
            description = "A thank-you you sent to one interviewer of one interview: by which channel, when, and optionally what it said.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/thank-yous", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> thankYou(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                      @Valid @RequestBody ThankYouBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId()));
    }

    @Operation(operationId = "recordFollowUp", summary = "Record a follow-up",
            description = "A follow-up you sent: why, by which channel, when, to whom. Answers 201 with the entry's sequence and any cadence warnings (for example: sooner than your policy suggests).")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FollowUpRecorded> followUp(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                              @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                    {"purpose": "STATUS_CHECK", "channel": "EMAIL", "sentAt": "2026-03-18T10:00:00+01:00",
                     "recipient": "Grace Hopper", "message": "Is there any news on the backend role?"}
                    """)))
            @Valid @RequestBody FollowUpBody body) {
        Recording.Recorded recorded = recording.record(body.toCommand(OpportunityId.of(id), me.candidateId()));
        return created(id, new FollowUpRecorded(recorded.sequence(), recorded.warnings()));
    }

    @Operation(operationId = "recordReply", summary = "Record a recruiter's reply",
            description = "A reply you received: when, what kind (next round, offer, rejection, needs info, concern, update), and a note.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> reply(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                   @Valid @RequestBody ReplyBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId()));
    }

    @Operation(operationId = "recordCompetingOffer", summary = "Record a competing offer",
            description = "Another employer's offer that you must answer by `respondBy`: it brings this opportunity's follow-ups forward.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/competing-offers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> competingOffer(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                            @Valid @RequestBody CompetingOfferBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId(), me.timeZone()));
    }

    @Operation(operationId = "closeOpportunity", summary = "Close an opportunity",
            description = "Records the outcome (accepted offer, rejected, withdrawn, ghosted). `at` defaults to now. Once closed, more entries are refused with 409 until the closing entry is retracted.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> close(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                   @Valid @RequestBody CloseBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId(), clock));
    }

    @Operation(operationId = "retractEntry", summary = "Correct an entry",
            description = "Retracts the entry with this sequence number, with a reason: it stays in the log, marked as retracted, and no longer counts for due actions or figures.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> correct(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                                     @Valid @RequestBody CorrectionBody body) {
        return recorded(id, body.toCommand(OpportunityId.of(id), me.candidateId()));
    }

    @Operation(operationId = "listOpportunityEvents", summary = "List an opportunity's events",
            description = "Every event recorded in this opportunity, in order, with when it happened, when it was recorded, and whether it has been retracted.")
    @GetMapping("/{id}/events")
    List<EventView> events(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
        OpportunityLog log = eventLog.logOf(OpportunityId.of(id), me.candidateId());
        ZoneId zone = me.timeZone();
        return log.events().stream()
                .map(recorded -> new EventView(recorded.eventId(), recorded.sequence(), recorded.type(),
                        ApiTimes.show(recorded.occurredAt(), zone), ApiTimes.show(recorded.recordedAt(), zone),
                        log.isRetracted(recorded), recorded.event()))
                .toList();
    }

    /** Records the entry; answers once the candidate's next read will show it. */
    private long send(OpportunityCommand command) {
        return recording.record(command).sequence();
    }

    private ResponseEntity<Recorded> recorded(UUID opportunity, OpportunityCommand command) {
        return created(opportunity, new Recorded(send(command)));
    }

    /** 201, pointing at the opportunity's events, where the new entry now is. */
    private static <T> ResponseEntity<T> created(UUID opportunity, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/opportunities/{id}/events").buildAndExpand(opportunity).toUri()).body(body);
    }

    private static OpportunityView view(OpportunitySummary summary, ZoneId zone) {
        return new OpportunityView(summary.opportunityId(), summary.company(), summary.role(),
                ApiTimes.show(summary.openedAt(), zone), summary.outcome(),
                summary.closedAt() == null ? null : ApiTimes.show(summary.closedAt(), zone));
    }
}
