package org.followthrough.domain.candidate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.followthrough.domain.followup.FollowUpPolicy;
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
    private FollowUpPolicy policy = FollowUpPolicy.DEFAULTS;

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

    /** Records the change only if something actually changed; returns whether it did. */
    @CommandHandler
    public boolean handle(ChangeCandidateSettings command, Clock clock) {
        ZoneId zone = Checks.present("timeZone", command.timeZone());
        Region newRegion = Checks.present("region", command.region());
        FollowUpPolicy newPolicy = Checks.present("policy", command.policy());
        if (zone.equals(timeZone) && newRegion.equals(region) && newPolicy.equals(policy)) {
            return false;
        }
        apply(new CandidateSettingsChanged(id, zone, newRegion, newPolicy, clock.instant()));
        return true;
    }

    @EventSourcingHandler
    void on(CandidateEvent event) {
        switch (event) {
            case CandidateRegistered registered -> {
                id = registered.candidateId();
                timeZone = registered.timeZone();
                region = registered.region();
            }
            case CandidateSettingsChanged changed -> {
                timeZone = changed.timeZone();
                region = changed.region();
                policy = changed.policy();
            }
        }
    }
}
