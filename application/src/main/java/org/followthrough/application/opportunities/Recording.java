package org.followthrough.application.opportunities;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.application.dueactions.CadenceAdvisor;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.OpportunityCommand;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records what happened in an opportunity, for the API and the pages alike: sends the command, waits until the
 * candidate's next read shows the entry, and says whether a follow-up broke the cadence.
 */
@Service
public class Recording {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final ReadYourWrites readYourWrites;
    private final CadenceAdvisor cadence;

    public Recording(CommandGateway commands, EventStore eventStore, ReadYourWrites readYourWrites,
                     CadenceAdvisor cadence) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.readYourWrites = readYourWrites;
        this.cadence = cadence;
    }

    /** What was recorded: the entry's place in the stream, the interview it created if any, and cadence warnings. */
    public record Recorded(OpportunityId opportunityId, long sequence, @Nullable InterviewId interviewId,
                           List<String> warnings) {

        public Recorded {
            warnings = List.copyOf(warnings);
        }
    }

    /** A new opportunity, with an id of its own; {@code openedAt} may be left out (now) or lie in the past. */
    public OpportunityId open(CandidateId candidate, @Nullable String company, @Nullable String role,
                              @Nullable Instant openedAt) {
        OpportunityId id = OpportunityId.of(UUID.randomUUID());
        commands.sendAndWait(new OpenOpportunity(id, candidate, company, role, openedAt));
        readYourWrites.awaitVisible(id, 0);
        return id;
    }

    /**
     * Waits for the stream's last entry, not only the one recorded: a command may add entries of its own (a decision
     * day already gone by is marked at once), and the next read should show them too.
     */
    public Recorded record(OpportunityCommand command) {
        long sequence = ((Number) commands.sendAndWait(command)).longValue();
        readYourWrites.awaitVisible(command.opportunityId(),
                eventStore.lastSequenceNumberFor(command.opportunityId().toString()).orElse(sequence));
        List<String> warnings = command instanceof RecordFollowUp
                ? cadence.warningsFor(command.candidateId(), command.opportunityId(), sequence)
                : List.of();
        InterviewId interview = command instanceof RecordInterview held ? held.interviewId() : null;
        return new Recorded(command.opportunityId(), sequence, interview, warnings);
    }
}
