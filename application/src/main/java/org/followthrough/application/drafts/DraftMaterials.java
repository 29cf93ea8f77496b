package org.followthrough.application.drafts;

import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.opportunities.OpportunityEventLog;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.domain.drafts.DraftContext;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gathers the material for a draft of one open action of the candidate's, and only of their own. */
@Service
public record DraftMaterials(DueActions dueActions, OpportunityEventLog eventLog, Accounts accounts,
                             CandidateTimeline timeline) {

    public DraftMaterial forAction(CandidateId candidate, OpportunityId opportunity, String actionKey) {
        DueAction action = dueActions.open(candidate).stream()
                .map(DueActionView::action)
                .filter(open -> open.opportunityId().equals(opportunity) && open.key().equals(actionKey))
                .findFirst()
                .orElseThrow(() -> new NotFound("open action", actionKey));
        if (!action.rule().isMessage()) {
            throw new NotFound("draft", action.rule());
        }
        Account account = accounts.byId(candidate.value()).orElseThrow(() -> new NotFound("account", candidate));
        List<OpportunityEvent> events = OpportunityHistory.of(eventLog.eventsOf(opportunity, candidate).stream()
                .map(RecordedEvent::event).toList()).effectiveEvents();

        String company = "";
        String role = "";
        List<InterviewHeld> interviews = new ArrayList<>();
        List<InterviewNotesRecorded> notes = new ArrayList<>();
        List<RecruiterReplied> replies = new ArrayList<>();
        List<CompetingOfferReceived> offers = new ArrayList<>();
        List<DraftContext.SentMessage> sent = new ArrayList<>();
        for (OpportunityEvent event : events) {
            switch (event) {
                case OpportunityOpened opened -> {
                    company = opened.company();
                    role = opened.role();
                }
                case InterviewHeld held -> interviews.add(held);
                case InterviewNotesRecorded written -> notes.add(written);
                case RecruiterReplied reply -> replies.add(reply);
                case CompetingOfferReceived offer -> offers.add(offer);
                case ThankYouSent thankYou -> {
                    if (thankYou.message() != null) {
                        sent.add(new DraftContext.SentMessage(thankYou.message(), thankYou.interviewer()));
                    }
                }
                case FollowUpSent followUp -> {
                    if (followUp.message() != null) {
                        sent.add(new DraftContext.SentMessage(followUp.message(), followUp.recipient()));
                    }
                }
                default -> {
                    // nothing a draft draws on
                }
            }
        }
        interviews.sort(Comparator.comparing(InterviewHeld::endedAt));
        InterviewHeld interview = action.hint().interviewId() == null
                ? (interviews.isEmpty() ? null : interviews.getLast())
                : interviews.stream().filter(held -> held.interviewId().equals(action.hint().interviewId())).findFirst()
                .orElse(null);
        InterviewNotesRecorded interviewNotes = interview == null ? null : notes.stream()
                .filter(written -> written.interviewId().equals(interview.interviewId()))
                .reduce((first, second) -> second).orElse(null);
        Interviewer recipient = recipient(action, interviews);
        String concern = replies.stream()
                .filter(reply -> reply.kind() == ReplyKind.CONCERN || reply.kind() == ReplyKind.NEEDS_INFO)
                .reduce((first, second) -> second).map(RecruiterReplied::note).orElse(null);
        ReplyKind decision = replies.stream().map(RecruiterReplied::kind).filter(ReplyKind::isDecision)
                .reduce((first, second) -> second).orElse(null);
        LocalDate answerBy = offers.isEmpty() ? null : offers.getLast().respondBy();

        Set<String> here = new LinkedHashSet<>();
        interviews.forEach(held -> held.interviewers().forEach(person -> here.add(person.name())));
        DraftContext checks = new DraftContext(action.rule(), company, List.copyOf(here),
                recipient == null ? null : recipient.name(), timeline.companiesBesides(candidate, opportunity),
                timeline.interviewersBesides(candidate, opportunity), sent);
        return new DraftMaterial(action, account.displayName(), company, role, account.timeZone(), recipient, interview,
                interviewNotes, concern, answerBy, decision, checkIn(action), checks);
    }

    private static @Nullable Interviewer recipient(DueAction action, List<InterviewHeld> interviews) {
        String name = action.hint().interviewer();
        if (name == null) {
            return null;
        }
        return interviews.stream().flatMap(held -> held.interviewers().stream())
                .filter(person -> person.isCalled(name))
                .findFirst()
                .orElseGet(() -> new Interviewer(name, null, action.hint().recipientEmail()));
    }

    private static int checkIn(DueAction action) {
        if (action.rule() != Rule.STATUS_CHECK) {
            return 1;
        }
        String key = action.key();
        try {
            return Integer.parseInt(key.substring(key.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
