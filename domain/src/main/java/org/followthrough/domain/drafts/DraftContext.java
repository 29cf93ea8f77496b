package org.followthrough.domain.drafts;

import org.followthrough.domain.followup.Rule;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * What a draft is checked against: the rule it answers, this opportunity's company and interviewers, who it is for,
 * the candidate's other companies and the people met there, and what has already gone out on this opportunity.
 */
public record DraftContext(Rule rule, String company, List<String> interviewers, @Nullable String recipient,
                           List<String> otherCompanies, List<String> otherInterviewers, List<SentMessage> sentHere) {

    public DraftContext {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(company, "company");
        recipient = recipient == null || recipient.isBlank() ? null : recipient;
        interviewers = List.copyOf(interviewers);
        otherCompanies = List.copyOf(otherCompanies);
        otherInterviewers = List.copyOf(otherInterviewers);
        sentHere = List.copyOf(sentHere);
    }

    /** A message already sent on this opportunity, and the person it went to when that was recorded. */
    public record SentMessage(String text, @Nullable String recipient) {

        public SentMessage {
            Objects.requireNonNull(text, "text");
        }
    }
}
