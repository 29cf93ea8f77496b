package org.followthrough.application.drafts;

import org.followthrough.application.opportunities.Recording;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.OpportunityCommand;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Marks a drafted message as sent: records the thank-you or follow-up its action asked for, with the text as sent. */
@Service
public record DraftSending(Recording recording, Clock clock) {

    /** {@code channel}: how it went out, if not the way the action suggested (or e-mail). */
    public Recording.Recorded markSent(CandidateId candidate, DraftMaterial material, String body,
                                       @Nullable Channel channel) {
        DueAction action = material.action();
        RecordHint hint = action.hint();
        Channel how = channel != null ? channel : hint.channel() == null ? Channel.EMAIL : hint.channel();
        OpportunityCommand command = switch (hint.form()) {
            case THANK_YOU -> new RecordThankYou(action.opportunityId(), candidate, hint.interviewId(),
                    hint.interviewer() == null ? "the panel" : hint.interviewer(), how, clock.instant(), body);
            case FOLLOW_UP -> new RecordFollowUp(action.opportunityId(), candidate, hint.purpose(), how, clock.instant(),
                    hint.interviewer(), body);
            case NOTES, CLOSE, INTERVIEW, NONE -> throw new RuleViolation("action", "is not a message");
        };
        return recording.record(command);
    }
}
