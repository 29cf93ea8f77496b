package org.followthrough.web.pages;

import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.replay.DueActionsAsOf;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.timeline.OpportunitySummary;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Priority;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.site.dashboard.ActionCard;
import org.followthrough.site.dashboard.DashboardView;
import org.followthrough.site.format.Formats;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front door: what Followthrough is, for visitors; for a signed-in candidate, the dashboard of what to do
 * next — overdue, today, this week, later — each with why and a one-click way to record it as done.
 */
@Controller
class HomePage {

    static final String HOME_VIEW = "home";
    static final String DASHBOARD_VIEW = "dashboard/dashboard";

    private final CandidateTimeline timeline;
    private final DueActionsAsOf dueActions;
    private final Clock clock;

    HomePage(CandidateTimeline timeline, DueActionsAsOf dueActions, Clock clock) {
        this.timeline = timeline;
        this.dueActions = dueActions;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable SignedInUser me, @RequestParam(required = false) String signedOut,
                @RequestParam(required = false) @Nullable String asOf, @RequestParam(required = false) @Nullable String mode,
                Model model) {
        if (me != null && me.role() == Role.COACH) {
            return "redirect:/coach";
        }
        if (me == null || me.role() != Role.CANDIDATE) {
            model.addAttribute("signedOut", signedOut != null);
            return HOME_VIEW;
        }
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) model.asMap().getOrDefault("warnings", List.of());
        Object flash = model.asMap().get("flash");
        LocalDate day = TimelinePages.day(asOf);
        model.addAttribute("view", dashboard(me, flash == null ? null : flash.toString(), warnings, day, "known".equals(mode)));
        return DASHBOARD_VIEW;
    }

    private DashboardView dashboard(SignedInUser me, @Nullable String flash, List<String> warnings,
                                    @Nullable LocalDate asOfDay, boolean known) {
        ZoneId zone = me.timeZone();
        Instant now = asOfDay == null ? clock.instant() : TimelinePages.endOf(asOfDay, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        FetchDueActions query = asOfDay == null ? FetchDueActions.now(me.candidateId())
                : new FetchDueActions(me.candidateId(), now,
                known ? FetchDueActions.Basis.RECORDED : FetchDueActions.Basis.OCCURRED);
        List<DueActionView> views = dueActions.list(query);
        Map<String, List<ActionCard>> sections = new LinkedHashMap<>();
        for (String section : List.of("overdue", "today", "this-week", "later")) {
            sections.put(section, new ArrayList<>());
        }
        int index = 0;
        for (DueActionView view : views.stream().sorted((a, b) -> DueAction.urgencyAt(now).compare(a.action(), b.action())).toList()) {
            DueAction action = view.action();
            LocalDate dueDay = action.dueOn() != null ? action.dueOn() : LocalDate.ofInstant(action.dueAt(), zone);
            String section = action.isOverdueAt(now) ? "overdue"
                    : action.priority() == Priority.LOW ? "later"
                    : dueDay.equals(today) ? "today"
                    : dueDay.isBefore(today.plusDays(7)) ? "this-week" : "later";
            sections.get(section).add(card("action-" + index++, view, dueLabel(action, today, now, zone), action.isOverdueAt(now)));
        }
        List<OpportunitySummary> opportunities = timeline.opportunities(me.candidateId());
        return new DashboardView(Formats.day(today), List.of(
                new DashboardView.Section("overdue", "Overdue", sections.get("overdue")),
                new DashboardView.Section("today", "Due today", sections.get("today")),
                new DashboardView.Section("this-week", "This week", sections.get("this-week")),
                new DashboardView.Section("later", "Later", sections.get("later"))),
                opportunities.stream().map(summary -> new DashboardView.OpportunityLink(summary.opportunityId().toString(),
                        summary.company(), summary.role(), summary.outcome() != null)).toList(),
                flash, warnings, asOfDay == null ? null : asOfDay.toString(), known);
    }

    private static String dueLabel(DueAction action, LocalDate today, Instant now, ZoneId zone) {
        if (action.priority() == Priority.LOW) {
            return "whenever it suits you";
        }
        String when = action.dueAt() != null ? Formats.dateTime(action.dueAt(), zone) : Formats.day(action.dueOn());
        if (action.isOverdueAt(now)) {
            return "was due " + when;
        }
        if (action.dueAt() != null && LocalDate.ofInstant(action.dueAt(), zone).equals(today)) {
            return "due today by " + Formats.time(action.dueAt(), zone);
        }
        return action.dueOn() != null && action.dueOn().equals(today) ? "due today" : "due " + when;
    }

    private static ActionCard card(String id, DueActionView view, String dueLabel, boolean overdue) {
        DueAction action = view.action();
        RecordHint hint = action.hint();
        String opportunity = action.opportunityId().toString();
        String base = "/opportunities/" + opportunity;
        String draftUrl = action.rule().isMessage()
                ? UriComponentsBuilder.fromPath(base + "/drafts").queryParam("action", action.key()).build().encode().toUriString()
                : null;
        Map<String, String> hidden = new LinkedHashMap<>();
        String postUrl;
        String formUrl = null;
        String doneLabel = "I did it";
        String channel = hint.channel() == null ? null : hint.channel().name();
        switch (hint.form()) {
            case THANK_YOU -> {
                postUrl = base + "/thank-yous";
                hidden.put("interviewId", String.valueOf(hint.interviewId()));
                if (hint.interviewer() == null) {
                    formUrl = UriComponentsBuilder.fromPath(base + "/thank-yous/new")
                            .queryParam("interviewId", hint.interviewId()).build().encode().toUriString();
                    doneLabel = "Record it";
                } else {
                    hidden.put("interviewer", hint.interviewer());
                    doneLabel = "I sent it";
                }
            }
            case NOTES -> {
                postUrl = base + "/notes";
                formUrl = UriComponentsBuilder.fromPath(base + "/notes/new")
                        .queryParam("interviewId", hint.interviewId()).build().encode().toUriString();
                doneLabel = "Write notes";
            }
            case FOLLOW_UP -> {
                postUrl = base + "/follow-ups";
                if (hint.purpose() == null) {
                    UriComponentsBuilder form = UriComponentsBuilder.fromPath(base + "/follow-ups/new");
                    if (hint.interviewer() != null) {
                        form.queryParam("recipient", hint.interviewer());
                    }
                    if (channel != null) {
                        form.queryParam("channel", channel);
                    }
                    formUrl = form.build().encode().toUriString();
                    doneLabel = "Record it";
                } else {
                    hidden.put("purpose", hint.purpose().name());
                    if (hint.interviewer() != null) {
                        hidden.put("recipient", hint.interviewer());
                    }
                    doneLabel = "I sent it";
                }
            }
            case CLOSE -> {
                postUrl = base + "/close";
                hidden.put("outcome", hint.outcome() == null ? "GHOSTED" : hint.outcome().name());
                channel = null;
                doneLabel = "Close it as ghosted";
            }
            default -> throw new IllegalStateException("unknown form " + hint.form());
        }
        return new ActionCard(id, opportunity, view.company(), view.role(), action.rule().name(), action.action(), dueLabel,
                overdue, action.priority() == Priority.LOW, action.explanation(), postUrl, hidden, channel, doneLabel,
                formUrl, draftUrl);
    }
}
