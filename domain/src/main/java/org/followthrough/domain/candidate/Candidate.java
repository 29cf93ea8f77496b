package org.followthrough.domain.candidate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Checks;
import org.followthrough.domain.shared.Text;

import java.time.Clock;
import java.time.ZoneId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A candidate's settings as events, so that their history can be exported, replayed and audited. */
public class Candidate {

    @AggregateIdentifier
    private CandidateId id;
    private ZoneId timeZone;
    private Region region;

    protected Candidate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Candidate(RegisterCandidate command, Clock clock) {
        apply(new CandidateRegistered(command.candidateId(),
                Text.required("displayName", command.displayName(), Text.MAX_SHORT),
                Checks.present("timeZone", command.timeZone()),
                Checks.present("region", command.region()),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(CandidateEvent event) {
        switch (event) {
            case CandidateRegistered registered -> {
                id = registered.candidateId();
                timeZone = registered.timeZone();
                region = registered.region();
            }
        }
    }
}
