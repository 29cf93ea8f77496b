package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.drafts.DraftMaterial;
import org.followthrough.application.drafts.DraftMaterials;
import org.followthrough.application.dueactions.CadenceAdvisor;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.domain.drafts.DraftCheck;
import org.followthrough.domain.drafts.DraftProblem;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.OpportunityCommand;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.drafts.Draft;
import org.followthrough.site.drafts.DraftModel;
import org.followthrough.site.drafts.DraftPage;
import org.followthrough.site.drafts.DraftWriter;
import org.followthrough.site.drafts.Mailto;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A draft for a due message, written from the candidate's notes, checked before it is marked as sent (too long,
 * placeholders left, another company's or person's name, the same words twice), and recorded with its text.
 */
@Controller
class DraftPages {

    static final String VIEW = "drafts/draft";

    private final DraftMaterials materials;
    private final DraftWriter writer;
    private final CommandGateway commands;
    private final ReadYourWrites readYourWrites;
    private final CadenceAdvisor cadence;
    private final Clock clock;

    DraftPages(DraftMaterials materials, DraftWriter writer, CommandGateway commands, ReadYourWrites readYourWrites,
               CadenceAdvisor cadence, Clock clock) {
        this.materials = materials;
        this.writer = writer;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.cadence = cadence;
        this.clock = clock;
    }

    @GetMapping("/opportunities/{id}/drafts")
    String draft(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam String action, Model model) {
        DraftMaterial material = materials.forAction(me.candidateId(), OpportunityId.of(id), action);
        Draft draft = writer.write(model(material));
        model.addAttribute("draft", page(material, draft.subject(), draft.body(), false, false, null));
        return VIEW;
    }

    @PostMapping("/opportunities/{id}/drafts")
    String checkOrSend(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam String action,
                       @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
                       @RequestParam(defaultValue = "check") String intent,
                       @RequestParam(required = false) @Nullable String confirm,
                       @RequestParam(required = false) @Nullable String channel, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        OpportunityId opportunity = OpportunityId.of(id);
        DraftMaterial material = materials.forAction(me.candidateId(), opportunity, action);
        List<String> problems = DraftCheck.check(body, material.checks()).stream().map(DraftProblem::message).toList();
        boolean sending = "send".equals(intent);
        if (!sending || (!problems.isEmpty() && confirm == null)) {
            model.addAttribute("draft", page(material, subject, body, true, sending && !problems.isEmpty(), channel));
            return VIEW;
        }
        try {
            OpportunityCommand command = record(me, opportunity, material.action(), body, channel);
            long sequence = ((Number) commands.sendAndWait(command)).longValue();
            readYourWrites.awaitVisible(opportunity, sequence);
            redirect.addFlashAttribute("flash", "Marked as sent: " + material.action().action() + ".");
            if (command instanceof RecordFollowUp) {
                redirect.addFlashAttribute("warnings", cadence.warningsFor(me.candidateId(), opportunity, sequence));
            }
            return "redirect:/";
        } catch (RuleViolation | StateConflict refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            DraftPage page = page(material, subject, body, true, false, channel);
            model.addAttribute("draft", new DraftPage(page.opportunityId(), page.actionKey(), page.action(),
                    page.explanation(), page.context(), page.subject(), page.body(), page.mailto(), page.recipientEmail(),
                    List.of(refused.getMessage()), true, false, page.channel()));
            return VIEW;
        }
    }

    private OpportunityCommand record(SignedInUser me, OpportunityId opportunity, DueAction action, String body,
                                      @Nullable String channel) {
        RecordHint hint = action.hint();
        Channel how = channel == null ? (hint.channel() == null ? Channel.EMAIL : hint.channel())
                : PageInputs.choice("channel", channel, Channel.class);
        return switch (hint.form()) {
            case THANK_YOU -> new RecordThankYou(opportunity, me.candidateId(), hint.interviewId(),
                    hint.interviewer() == null ? "the panel" : hint.interviewer(), how, clock.instant(), body);
            case FOLLOW_UP -> new RecordFollowUp(opportunity, me.candidateId(), hint.purpose(), how, clock.instant(),
                    hint.interviewer(), body);
            case NOTES, CLOSE -> throw new RuleViolation("action", "is not a message");
        };
    }

    private static DraftModel model(DraftMaterial material) {
        var interview = material.interview();
        var notes = material.notes();
        var recipient = material.recipient();
        return new DraftModel(material.action().rule(), material.candidateName(), material.company(), material.role(),
                recipient == null ? null : recipient.name(), recipient == null ? null : recipient.title(),
                recipient == null ? null : recipient.email(),
                interview == null ? null : interview.endedAt().atZone(material.zone()).toLocalDate(),
                interview == null ? 1 : interview.round(),
                interview == null ? null : interview.decision().date(),
                notes == null ? null : notes.stoodOut() != null ? notes.stoodOut() : notes.wentWell(),
                notes == null ? null : notes.forgot(), material.concern(), material.offerAnswerBy(),
                material.decision() == null ? null
                        : material.decision() == ReplyKind.OFFER ? DraftModel.Decision.OFFER : DraftModel.Decision.REJECTION,
                material.checkIn());
    }

    private static DraftPage page(DraftMaterial material, String subject, String body, boolean checked,
                                  boolean needsConfirmation, @Nullable String channel) {
        DueAction action = material.action();
        String email = material.recipient() == null ? null : material.recipient().email();
        // checked on every showing: even a fresh draft can repeat the words of a note sent to someone else
        List<String> problems = DraftCheck.check(body, material.checks()).stream().map(DraftProblem::message).toList();
        return new DraftPage(action.opportunityId().toString(), action.key(), action.action(), action.explanation(),
                material.role() + " at " + material.company(), subject, body, Mailto.link(email, subject, body).toString(),
                email, problems, checked, needsConfirmation,
                channel != null ? channel : action.hint().channel() == null ? "EMAIL" : action.hint().channel().name());
    }

    @Configuration(proxyBeanMethods = false)
    static class Writers {

        @Bean
        DraftWriter draftWriter() {
            return new DraftWriter();
        }
    }
}
