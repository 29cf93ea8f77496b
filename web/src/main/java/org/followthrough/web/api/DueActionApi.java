package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.followthrough.application.dueactions.DueActionPosition;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.dueactions.WaitingView;
import org.followthrough.application.replay.DueActionsAsOf;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.followup.Waiting;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What to do next and when. Without {@code asOf}, the live list; with it, the list as it stood then — computed
 * by the same policy from the events that had happened by {@code asOf}, or that the app knew of by {@code knownAt}.
 */
@Tag(name = OpenApiConfiguration.Tags.DUE_ACTIONS)
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
record DueActionApi(DueActionsAsOf dueActions, Clock clock, PageCursors cursors) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Action(OpportunityId opportunityId, String company, String role, Rule rule, String key, String action,
                  @Nullable OffsetDateTime dueAt, @Nullable LocalDate dueOn, boolean overdue, Priority priority,
                  String explanation, RecordHint record, @Nullable OffsetDateTime worthUntil) {
    }

    /** An action whose time had passed: until when it was worth doing and why it no longer is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Missed(OpportunityId opportunityId, String company, String role, Rule rule, String key, String action,
                  @Nullable OffsetDateTime dueAt, @Nullable LocalDate dueOn, OffsetDateTime worthUntil, String reason,
                  String explanation, RecordHint record) {
    }

    /** Why the rules named in {@code paused} hold back on an opportunity for now. */
    record WaitingReason(OpportunityId opportunityId, String company, String role, Waiting.Reason reason,
                         List<Rule> paused, String explanation) {
    }

    /**
     * {@code actions}: still worth doing, most urgent first, a page of them; {@code next} continues it (pass it as
     * {@code after}), null on the last page. {@code missed} and {@code waiting} come on the first page only, the first
     * {@code limit} of each; {@code missedTotal} and {@code waitingTotal} say how many there are in all.
     */
    record DueActions(OffsetDateTime asOf, List<Action> actions, List<Missed> missed, List<WaitingReason> waiting,
                      int missedTotal, int waitingTotal, @Nullable String next) {
    }

    @Operation(operationId = "listDueActions", summary = "List what to do next",
            description = "Your due actions under your follow-up policy, the most urgent first, each with its rule, when it is due, whether it is overdue, why, and what to record once it is done. With `asOf` (and `knownAt`) you get them as they stood at an earlier moment, under your settings as they were then (time zone, region, policy numbers), with times in the time zone you had then. "
                    + "The actions come a page at a time: `limit` of them (default 50, at most 200), and `next`, which you pass as `after` for the next page (null on the last). Every page of one list is seen from the first page's moment, in a fixed order (overdue first, then deadline, priority, key, opportunity), so paging never skips or repeats an action. "
                    + "`missed` (no longer worth doing, the most recently missed first) and `waiting` (why some rules hold back) are not paged: they come on the first page only, at most `limit` of each, with `missedTotal` and `waitingTotal` counting them all.")
    @GetMapping("/due-actions")
    DueActions dueActions(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable Moment asOf,
                          @RequestParam(required = false) @Nullable Moment knownAt,
                          @RequestParam(required = false) @Nullable String after,
                          @RequestParam(defaultValue = "" + PageCursors.DEFAULT_LIMIT) int limit) {
        int size = PageCursors.limit(limit);
        ApiTimes.Reading reading = ApiTimes.Reading.of(asOf, knownAt, me.timeZone(), clock,
                moment -> dueActions.zoneAt(me.candidateId(), moment, me.timeZone()));
        ZoneId zone = reading.zone();
        // a cursor belongs to one reading: the live list, or the list as of one moment on one basis
        String list = reading.live() ? "due-actions" : "due-actions|" + reading.at() + "|" + reading.basis();
        DueActionPosition from = cursors.after(list, me.candidateId(), after,
                position -> DueActionPosition.parse("after", position));
        Instant at = from != null ? from.at() : reading.live() ? reading.at().truncatedTo(ChronoUnit.MICROS) : reading.at();
        FetchDueActions query = new FetchDueActions(me.candidateId(), reading.live() ? null : at, reading.basis());
        DueActionsAsOf.AdvicePage advice = dueActions.page(query, at, from, size + 1, size);
        PageCursors.Page<DueActionView> page = cursors.page(list, me.candidateId(), advice.open(), size,
                last -> DueActionPosition.of(last.action(), at).text());
        return new DueActions(ApiTimes.show(at, zone),
                page.items().stream().map(view -> action(view, at, zone)).toList(),
                advice.missed().stream().map(view -> missed(view, zone)).toList(),
                advice.waiting().stream().map(DueActionApi::waiting).toList(),
                advice.missedTotal(), advice.waitingTotal(), page.next());
    }

    private static Missed missed(DueActionView view, ZoneId zone) {
        DueAction action = view.action();
        return new Missed(action.opportunityId(), view.company(), view.role(), action.rule(), action.key(),
                action.action(), action.dueAt() == null ? null : ApiTimes.show(action.dueAt(), zone), action.dueOn(),
                ApiTimes.show(Objects.requireNonNull(action.worth().until()), zone),
                Objects.requireNonNull(action.worth().missedReason()), action.explanation(), action.hint());
    }

    private static WaitingReason waiting(WaitingView view) {
        Waiting waiting = view.waiting();
        return new WaitingReason(waiting.opportunityId(), view.company(), view.role(), waiting.reason(),
                waiting.paused(), waiting.explanation());
    }

    private static Action action(DueActionView view, Instant now, ZoneId zone) {
        DueAction action = view.action();
        return new Action(action.opportunityId(), view.company(), view.role(), action.rule(), action.key(),
                action.action(), action.dueAt() == null ? null : ApiTimes.show(action.dueAt(), zone), action.dueOn(),
                action.isOverdueAt(now), action.priority(), action.explanation(), action.hint(),
                action.worth().until() == null ? null : ApiTimes.show(action.worth().until(), zone));
    }
}
