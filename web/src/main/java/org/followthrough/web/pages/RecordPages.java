package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.OpportunityLog;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityState;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.forms.FormValues;
import org.followthrough.site.forms.RecordContext;
import org.followthrough.site.forms.RecordForms;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The forms that record what happened, one per kind of entry, each posting to its own URL. A mistake comes back
 * as the same form with the message next to the field (400); done, the dashboard shows what to do next.
 */
@Controller
record RecordPages(Recording recording, OpportunityEventLog eventLog, Clock clock) {

    private static final Map<String, String> FORMS = Map.ofEntries(Map.entry("opportunity", "record/opportunity"),
            Map.entry("scheduled-interviews", "record/scheduled-interview"), Map.entry("interviews", "record/interview"),
            Map.entry("notes", "record/notes"), Map.entry("thank-yous", "record/thank-you"),
            Map.entry("follow-ups", "record/follow-up"), Map.entry("replies", "record/reply"),
            Map.entry("offers", "record/offer"), Map.entry("close", "record/close"),
            Map.entry("decision-changes", "record/decision-change"), Map.entry("connections", "record/connection"),
            Map.entry("reschedule", "record/reschedule"), Map.entry("cancel", "record/cancel"));

    /** One form sent: who, about which opportunity, and where the answer goes. */
    private record Sent(SignedInUser me, @Nullable UUID id, String view, BindingResult binding, Model model,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
                        Map<String, String> fromAddress) {

        Sent(SignedInUser me, @Nullable UUID id, String view, BindingResult binding, Model model,
             HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
            this(me, id, view, binding, model, request, response, redirect, Map.of());
        }

        /** What was typed, with what the address says (a scheduled interview's id) over it. */
        FormValues typed() {
            FormValues values = Forms.typed(request);
            for (Map.Entry<String, String> known : fromAddress.entrySet()) {
                values = values.with(known.getKey(), known.getValue());
            }
            return values;
        }
    }

    /**
     * The form for a new opportunity, or for a new entry of one. What the link asks for is filled in (the interview to
     * thank for, the person to write to …); otherwise e-mail, and today for an interview.
     */
    @GetMapping({"/opportunities/new", "/opportunities/{id}/close",
            "/opportunities/{id}/{form:scheduled-interviews|interviews|notes|thank-yous|follow-ups|replies|offers|decision-changes|connections}/new"})
    String newEntry(@AuthenticationPrincipal SignedInUser me, @PathVariable(required = false) @Nullable UUID id,
                    @PathVariable(required = false) @Nullable String form,
                    @RequestParam(required = false) @Nullable UUID interviewId, Model model, HttpServletRequest request) {
        FormValues values = Forms.typed(request);
        values = values.get("channel").isEmpty() ? values.with("channel", "EMAIL") : values;
        values = values.get("day").isEmpty() ? values.with("day", LocalDate.now(clock.withZone(me.timeZone())).toString())
                : values;
        String view = id == null ? "opportunity" : form == null ? "close" : form;
        if (id != null && "interviews".equals(form)) {
            values = asScheduled(me, id, interviewId, values);
        }
        return form(model, FORMS.get(view), id == null ? null : context(me, id), values, FormErrors.none());
    }

    /**
     * The form that moves or calls off a scheduled interview still to come, filled in with its current times; one
     * already held, cancelled, or not this candidate's answers 404.
     */
    @GetMapping("/opportunities/{id}/scheduled-interviews/{interviewId}/{change:reschedule|cancel}")
    String changeScheduled(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @PathVariable UUID interviewId,
                           @PathVariable String change, Model model, HttpServletRequest request) {
        OpportunityState.Scheduled scheduled = eventLog.logOf(OpportunityId.of(id), me.candidateId())
                .pending(InterviewId.of(interviewId))
                .orElseThrow(() -> new NotFound("scheduled interview", interviewId));
        ZoneId zone = me.timeZone();
        FormValues values = Forms.typed(request).with("interviewId", interviewId.toString());
        if (change.equals("reschedule")) {
            values = values.with("day", LocalDate.ofInstant(scheduled.startsAt(), zone).toString())
                    .with("startTime", time(scheduled.startsAt(), zone))
                    .with("endTime", scheduled.endsAt() == null ? null : time(scheduled.endsAt(), zone));
        }
        return form(model, FORMS.get(change), context(me, id), values, FormErrors.none());
    }

    /**
     * Recording a scheduled interview as held (the dashboard's "did it take place?"): the form comes filled in with
     * what was scheduled, its day, times, round and people, and keeps its id; what the link itself says wins. An id
     * that is not one answers 400 ({@link PageErrors}); one of no interview still to come fills nothing in.
     */
    private FormValues asScheduled(SignedInUser me, UUID id, @Nullable UUID interviewId, FormValues asked) {
        OpportunityState.Scheduled scheduled = interviewId == null ? null
                : eventLog.logOf(OpportunityId.of(id), me.candidateId()).pending(InterviewId.of(interviewId)).orElse(null);
        if (scheduled == null) {
            return asked.with("interviewId", null);
        }
        ZoneId zone = me.timeZone();
        Map<String, String> filled = new LinkedHashMap<>();
        filled.put("day", LocalDate.ofInstant(scheduled.startsAt(), zone).toString());
        filled.put("startTime", time(scheduled.startsAt(), zone));
        if (scheduled.endsAt() != null) {
            filled.put("endTime", time(scheduled.endsAt(), zone));
        }
        filled.put("round", String.valueOf(scheduled.announced().round()));
        List<Interviewer> people = scheduled.announced().interviewers();
        for (int i = 0; i < people.size() && i < 4; i++) {
            filled.put("name" + i, people.get(i).name());
            filled.put("title" + i, people.get(i).title());
            filled.put("email" + i, people.get(i).email());
        }
        FormValues values = FormValues.of(filled);
        for (Map.Entry<String, String> given : asked.values().entrySet()) {
            if (!given.getKey().equals("day") || !filled.containsKey("day")) {
                values = values.with(given.getKey(), given.getValue());
            }
        }
        return values;
    }

    private static String time(Instant instant, ZoneId zone) {
        return LocalTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @PostMapping("/opportunities")
    String open(@AuthenticationPrincipal SignedInUser me, @Valid RecordForms.OpportunityForm form, BindingResult binding,
                Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Sent sent = new Sent(me, null, "record/opportunity", binding, model, request, response, redirect);
        if (binding.hasErrors()) {
            return refused(sent, Forms.errors(binding, RecordForms.SHOWN_AS));
        }
        try {
            OpportunityId id = recording.open(me.candidateId(), form.company(), form.role(),
                    form.openedAt(me.timeZone(), clock));
            redirect.addFlashAttribute("flash", "Added " + form.role().strip() + " at " + form.company().strip()
                    + ". Record the interview when it has happened.");
            return "redirect:/opportunities/" + id + "/interviews/new";
        } catch (RuleViolation violation) {
            return refused(sent, Forms.errors(violation));
        }
    }

    /**
     * Every entry of an opportunity: the address names the form ({@link EntrySent}). Moving or calling off a scheduled
     * interview is about the one the address names, whatever the form says.
     */
    @PostMapping({"/opportunities/{id}/{entry:" + EntrySent.ENTRIES + "}",
            "/opportunities/{id}/scheduled-interviews/{interviewId}/{entry:" + EntrySent.SCHEDULED_CHANGES + "}"})
    String record(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                  @PathVariable(required = false) @Nullable UUID interviewId, EntrySent entry, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        RecordForms.@Nullable EntryForm form = switch (entry.form()) {
            case RecordForms.RescheduleForm reschedule when interviewId != null ->
                    new RecordForms.RescheduleForm(interviewId, reschedule.day(), reschedule.startTime(),
                            reschedule.endTime());
            case RecordForms.CancelForm cancel when interviewId != null ->
                    new RecordForms.CancelForm(interviewId, cancel.reason());
            case null, default -> entry.form();
        };
        return record(new Sent(me, id, entry.view(), entry.binding(), model, request, response, redirect,
                interviewId == null ? Map.of() : Map.of("interviewId", interviewId.toString())), form);
    }

    private String record(Sent sent, RecordForms.@Nullable EntryForm form) {
        if (sent.binding().hasErrors() || form == null) {
            return refused(sent, Forms.errors(sent.binding(), RecordForms.shownAs(sent.view())));
        }
        try {
            SignedInUser me = sent.me();
            return Forms.recorded(recording.record(form.command(me.candidateId(), me.timeZone(),
                    OpportunityId.of(sent.id()), clock)), form.done(), sent.redirect());
        } catch (RuleViolation violation) {
            return refused(sent, Forms.errors(violation));
        } catch (StateConflict conflict) {
            sent.response().setStatus(HttpServletResponse.SC_CONFLICT);
            return form(sent.model(), sent.view(), context(sent.me(), sent.id()), sent.typed(),
                    FormErrors.of("form", conflict.getMessage()));
        }
    }

    /** The same form again, with what was typed and the mistakes next to their fields. */
    private String refused(Sent sent, FormErrors errors) {
        sent.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(sent.model(), sent.view(), sent.id() == null ? null : context(sent.me(), sent.id()),
                sent.typed(), errors);
    }

    private static String form(Model model, String view, @Nullable RecordContext context, FormValues values,
                               FormErrors errors) {
        if (context != null) {
            model.addAttribute("context", context);
        }
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return view;
    }

    /** The opportunity as the forms need it; someone else's answers 404 like one that does not exist. */
    private RecordContext context(SignedInUser me, UUID id) {
        OpportunityLog log = eventLog.logOf(OpportunityId.of(id), me.candidateId());
        OpportunityLog.Choices choices = log.choices();
        return RecordContext.of(id.toString(), choices.company(), choices.role(), choices.interviews(),
                choices.interviewers(), log.upcoming(), me.timeZone());
    }
}
