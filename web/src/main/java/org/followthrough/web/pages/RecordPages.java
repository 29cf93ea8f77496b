package org.followthrough.web.pages;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.dueactions.CadenceAdvisor;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CloseOpportunity;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.OpportunityCommand;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecordCompetingOffer;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordInterviewNotes;
import org.followthrough.domain.opportunity.RecordRecruiterReply;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.forms.Choice;
import org.followthrough.site.forms.FormValues;
import org.followthrough.site.forms.RecordContext;
import org.followthrough.site.format.Formats;
import org.followthrough.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The forms that record what happened, for people who would rather not use the API. Each posts one command; a
 * mistake comes back as the same form, with what was typed and the message next to the field.
 */
@Controller
class RecordPages {

    private final CommandGateway commands;
    private final OpportunityEventLog eventLog;
    private final ReadYourWrites readYourWrites;
    private final CadenceAdvisor cadence;
    private final Clock clock;

    RecordPages(CommandGateway commands, OpportunityEventLog eventLog, ReadYourWrites readYourWrites,
                CadenceAdvisor cadence, Clock clock) {
        this.commands = commands;
        this.eventLog = eventLog;
        this.readYourWrites = readYourWrites;
        this.cadence = cadence;
        this.clock = clock;
    }

    // -- a new opportunity -----------------------------------------------------------------------------------

    @GetMapping("/opportunities/new")
    String newOpportunity(Model model) {
        return form(model, "record/opportunity", null, FormValues.empty(), FormErrors.none());
    }

    @PostMapping("/opportunities")
    String open(@AuthenticationPrincipal SignedInUser me, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        FormValues values = FormValues.of(form);
        try {
            LocalDate openedOn = PageInputs.day("openedAt", form.get("openedOn"));
            Instant openedAt = openedOn == null ? null : openedOn.atTime(LocalTime.NOON).atZone(me.timeZone()).toInstant();
            if (openedAt != null && openedAt.isAfter(clock.instant())) {
                openedAt = clock.instant();
            }
            OpportunityId id = OpportunityId.of(UUID.randomUUID());
            commands.sendAndWait(new OpenOpportunity(id, me.candidateId(), form.get("company"), form.get("role"), openedAt));
            readYourWrites.awaitVisible(id, 0);
            redirect.addFlashAttribute("flash", "Added " + form.get("role").strip() + " at " + form.get("company").strip()
                    + ". Record the interview when it has happened.");
            return "redirect:/opportunities/" + id + "/interviews/new";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, "record/opportunity", null, values, FormErrors.of(violation.field(), violation.getMessage()));
        }
    }

    // -- interviews --------------------------------------------------------------------------------------------

    @GetMapping("/opportunities/{id}/interviews/new")
    String newInterview(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Model model) {
        return form(model, "record/interview", context(me, id),
                FormValues.empty().with("day", LocalDate.now(clock.withZone(me.timeZone())).toString()), FormErrors.none());
    }

    @PostMapping("/opportunities/{id}/interviews")
    String interview(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return record(me, id, "record/interview", form, model, response, redirect, () -> {
            ZoneId zone = me.timeZone();
            LocalDate day = PageInputs.requiredDay("endedAt", form.get("day"));
            LocalTime end = PageInputs.time("endedAt", form.get("endTime"));
            if (end == null) {
                throw new RuleViolation("endedAt", "give the time the interview ended");
            }
            LocalTime start = PageInputs.time("startedAt", form.get("startTime"));
            List<Interviewer> interviewers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                if (!PageInputs.blank(form.get("name" + i))) {
                    interviewers.add(new Interviewer(form.get("name" + i), form.get("title" + i), form.get("email" + i)));
                }
            }
            DecisionTimeline.Kind kind = PageInputs.choice("decision", form.getOrDefault("decision", "NONE"), DecisionTimeline.Kind.class);
            LocalDate decisionDate = PageInputs.day("decision.date", form.get("decisionDate"));
            if (kind == DecisionTimeline.Kind.DATE && decisionDate == null) {
                throw new RuleViolation("decision.date", "give the date they named, or choose another answer");
            }
            DecisionTimeline decision = kind == DecisionTimeline.Kind.DATE ? DecisionTimeline.by(decisionDate)
                    : new DecisionTimeline(kind, null);
            return new RecordInterview(OpportunityId.of(id), me.candidateId(), InterviewId.of(UUID.randomUUID()),
                    PageInputs.number("round", form.get("round")),
                    start == null ? null : day.atTime(start).atZone(zone).toInstant(),
                    day.atTime(end).atZone(zone).toInstant(), interviewers, decision, zone);
        }, "Recorded the interview. Here is what to do next.");
    }

    // -- notes ------------------------------------------------------------------------------------------------

    @GetMapping("/opportunities/{id}/notes/new")
    String newNotes(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                    @RequestParam(required = false) @Nullable String interviewId, Model model) {
        return form(model, "record/notes", context(me, id), FormValues.empty().with("interviewId", interviewId),
                FormErrors.none());
    }

    @PostMapping("/opportunities/{id}/notes")
    String notes(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return record(me, id, "record/notes", form, model, response, redirect, () -> new RecordInterviewNotes(
                OpportunityId.of(id), me.candidateId(), InterviewId.of(PageInputs.id("interviewId", form.get("interviewId"))),
                form.get("wentWell"), form.get("wentBadly"), form.get("stoodOut"), form.get("forgot")),
                "Saved your notes.");
    }

    // -- thank-yous -------------------------------------------------------------------------------------------

    @GetMapping("/opportunities/{id}/thank-yous/new")
    String newThankYou(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                       @RequestParam(required = false) @Nullable String interviewId,
                       @RequestParam(required = false) @Nullable String interviewer, Model model) {
        return form(model, "record/thank-you", context(me, id), FormValues.empty().with("interviewId", interviewId)
                .with("interviewer", interviewer).with("channel", "EMAIL"), FormErrors.none());
    }

    @PostMapping("/opportunities/{id}/thank-yous")
    String thankYou(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return record(me, id, "record/thank-you", form, model, response, redirect, () -> new RecordThankYou(
                OpportunityId.of(id), me.candidateId(), InterviewId.of(PageInputs.id("interviewId", form.get("interviewId"))),
                form.get("interviewer"), PageInputs.choice("channel", form.getOrDefault("channel", "EMAIL"), Channel.class),
                PageInputs.momentOrNow("sentAt", form.get("sentAt"), me.timeZone(), clock), form.get("message")),
                "Recorded your thank-you to " + form.getOrDefault("interviewer", "them") + ".");
    }

    // -- follow-ups -------------------------------------------------------------------------------------------

    @GetMapping("/opportunities/{id}/follow-ups/new")
    String newFollowUp(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                       @RequestParam(required = false) @Nullable String purpose,
                       @RequestParam(required = false) @Nullable String recipient,
                       @RequestParam(required = false) @Nullable String channel, Model model) {
        return form(model, "record/follow-up", context(me, id), FormValues.empty().with("purpose", purpose)
                .with("recipient", recipient).with("channel", channel == null ? "EMAIL" : channel), FormErrors.none());
    }

    @PostMapping("/opportunities/{id}/follow-ups")
    String followUp(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return record(me, id, "record/follow-up", form, model, response, redirect, () -> new RecordFollowUp(
                OpportunityId.of(id), me.candidateId(), PageInputs.choice("purpose", form.get("purpose"), FollowUpPurpose.class),
                PageInputs.choice("channel", form.getOrDefault("channel", "EMAIL"), Channel.class),
                PageInputs.momentOrNow("sentAt", form.get("sentAt"), me.timeZone(), clock), form.get("recipient"),
                form.get("message")), "Recorded your follow-up.");
    }

    // -- replies, offers, closing -----------------------------------------------------------------------------

    @GetMapping("/opportunities/{id}/replies/new")
    String newReply(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Model model) {
        return form(model, "record/reply", context(me, id), FormValues.empty(), FormErrors.none());
    }

    @PostMapping("/opportunities/{id}/replies")
    String reply(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return record(me, id, "record/reply", form, model, response, redirect, () -> new RecordRecruiterReply(
                OpportunityId.of(id), me.candidateId(), PageInputs.choice("kind", form.get("kind"), ReplyKind.class),
                PageInputs.momentOrNow("receivedAt", form.get("receivedAt"), me.timeZone(), clock), form.get("note")),
                "Recorded their reply.");
    }

    @GetMapping("/opportunities/{id}/offers/new")
    String newOffer(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Model model) {
        return form(model, "record/offer", context(me, id), FormValues.empty(), FormErrors.none());
    }

    @PostMapping("/opportunities/{id}/competing-offers")
    String offer(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return record(me, id, "record/offer", form, model, response, redirect, () -> new RecordCompetingOffer(
                OpportunityId.of(id), me.candidateId(),
                PageInputs.momentOrNow("receivedAt", form.get("receivedAt"), me.timeZone(), clock),
                PageInputs.requiredDay("respondBy", form.get("respondBy")), me.timeZone()),
                "Recorded the other offer.");
    }

    @GetMapping("/opportunities/{id}/close")
    String closeForm(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Model model) {
        return form(model, "record/close", context(me, id), FormValues.empty(), FormErrors.none());
    }

    @PostMapping("/opportunities/{id}/close")
    String close(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return record(me, id, "record/close", form, model, response, redirect, () -> new CloseOpportunity(
                OpportunityId.of(id), me.candidateId(), PageInputs.choice("outcome", form.get("outcome"), Outcome.class),
                clock.instant()), "Closed it. On to the next one.");
    }

    // -- shared -----------------------------------------------------------------------------------------------

    private String record(SignedInUser me, UUID id, String view, Map<String, String> form, Model model,
                          HttpServletResponse response, RedirectAttributes redirect,
                          Supplier<OpportunityCommand> command, String done) {
        try {
            OpportunityCommand built = command.get();
            long sequence = ((Number) commands.sendAndWait(built)).longValue();
            readYourWrites.awaitVisible(built.opportunityId(), sequence);
            redirect.addFlashAttribute("flash", done);
            if (built instanceof RecordFollowUp) {
                redirect.addFlashAttribute("warnings", cadence.warningsFor(me.candidateId(), built.opportunityId(), sequence));
            }
            return "redirect:/";
        } catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, view, context(me, id), FormValues.of(form), FormErrors.of(violation.field(), violation.getMessage()));
        } catch (StateConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, view, context(me, id), FormValues.of(form), FormErrors.of("form", conflict.getMessage()));
        }
    }

    private static String form(Model model, String view, @Nullable RecordContext context, FormValues values, FormErrors errors) {
        if (context != null) {
            model.addAttribute("context", context);
        }
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return view;
    }

    /** The opportunity as the forms need it; someone else's answers 404 like one that does not exist. */
    private RecordContext context(SignedInUser me, UUID id) {
        List<RecordedEvent> events = eventLog.eventsOf(OpportunityId.of(id), me.candidateId());
        List<OpportunityEvent> effective = OpportunityHistory.of(events.stream().map(RecordedEvent::event).toList())
                .effectiveEvents();
        String company = "";
        String role = "";
        List<Choice> interviews = new ArrayList<>();
        Map<String, Choice> interviewers = new LinkedHashMap<>();
        for (OpportunityEvent event : effective) {
            if (event instanceof OpportunityOpened opened) {
                company = opened.company();
                role = opened.role();
            } else if (event instanceof InterviewHeld held) {
                interviews.add(0, new Choice(held.interviewId().toString(), "Round " + held.round() + " · "
                        + Formats.dateTime(held.endedAt(), me.timeZone())));
                held.interviewers().forEach(person -> interviewers.putIfAbsent(Interviewer.key(person.name()),
                        new Choice(person.name(), person.title() == null ? person.name() : person.name() + ", " + person.title())));
            }
        }
        return new RecordContext(id.toString(), company, role, interviews, List.copyOf(interviewers.values()));
    }
}
