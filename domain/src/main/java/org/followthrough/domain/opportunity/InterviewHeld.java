package org.followthrough.domain.opportunity;

import org.axonframework.serialization.Revision;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Checks;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An interview took place; it carries who was there and what the employer said about deciding. Revision 2: the
 * first shape (interviewers as display strings, {@code statedDecision}) is read through an upcaster in infra.
 */
@Revision("2")
public record InterviewHeld(OpportunityId opportunityId, CandidateId candidateId, InterviewId interviewId, int round,
                            @Nullable Instant startedAt, Instant endedAt, List<Interviewer> interviewers,
                            DecisionTimeline decision) implements OpportunityEvent {

    public InterviewHeld {
        interviewers = List.copyOf(Checks.present("interviewers", interviewers));
    }

    @Override
    public Instant occurredAt() {
        return endedAt;
    }
}
