package org.followthrough.domain.candidate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Checks;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.Text;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A candidate's settings as events, so that their history can be exported, replayed and audited. */
public class Candidate {

    @AggregateIdentifier
    private CandidateId id;
    private ZoneId timeZone;
    private Region region;
    private FollowUpPolicy policy = FollowUpPolicy.DEFAULTS;
    private Signature signature = Signature.NONE;
    private boolean digestEnabled = true;
    private LocalTime digestTime = DigestSettingsChanged.DEFAULT_TIME;
    /** Coaches shared with, by e-mail address: whether each may also read the timeline. */
    private final Map<String, Boolean> coaches = new HashMap<>();
    /** Shares asked for but not yet confirmed, by the coach's address: nothing of them is shown yet. */
    private final Map<String, PendingShare> pending = new HashMap<>();
    private boolean erased;

    private record PendingShare(boolean shareTimeline, String coachDisplayName) {
    }

    protected Candidate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Candidate(RegisterCandidate command, Clock clock) {
        apply(new CandidateRegistered(command.candidateId(), command.displayName(),
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

    /** Records the digest's settings unless they are as they were; returns whether they changed. */
    @CommandHandler
    public boolean handle(ChangeDigestSettings command, Clock clock) {
        LocalTime at = Checks.present("digestTime", command.at());
        if (command.enabled() == digestEnabled && at.equals(digestTime)) {
            return false;
        }
        apply(new DigestSettingsChanged(id, command.enabled(), at, clock.instant()));
        return true;
    }

    /** Records the new signature unless it is the same as now; returns whether it changed. */
    @CommandHandler
    public boolean handle(ChangeSignature command, Clock clock) {
        Signature next = new Signature(command.phone(), command.email(), command.profileUrl());
        if (next.equals(signature)) {
            return false;
        }
        apply(new SignatureChanged(id, next, clock.instant()));
        return true;
    }

    /**
     * A coach not yet shared with gets a pending share, recorded with the display name the candidate is shown; asking
     * again the same way while it waits records nothing. A coach already shared with (the name confirmed before) only
     * has the timeline choice changed. Returns where the share stands afterwards.
     */
    @CommandHandler
    public CoachShareStatus handle(ProposeCoachShare command, Clock clock) {
        String coach = EmailAddress.parse("coachEmail", command.coachEmail()).value();
        String name = Text.LINE.required("coachDisplayName", command.coachDisplayName());
        Boolean active = coaches.get(coach);
        if (active != null) {
            if (active != command.shareTimeline()) {
                apply(new SharedWithCoach(id, coach, command.shareTimeline(), clock.instant()));
            }
            return CoachShareStatus.ACTIVE;
        }
        if (!new PendingShare(command.shareTimeline(), name).equals(pending.get(coach))) {
            apply(new CoachShareProposed(id, coach, command.shareTimeline(), name, clock.instant()));
        }
        return CoachShareStatus.PENDING;
    }

    /**
     * Shows the pending share to the coach, only if the name the candidate confirms is the one the coach account holds
     * now; otherwise it stays pending ({@link CoachNameMismatch}). Confirming a share already shown changes nothing.
     */
    @CommandHandler
    public CoachShareStatus handle(ConfirmCoachShare command, Clock clock) {
        String coach = EmailAddress.parse("coachEmail", command.coachEmail()).value();
        PendingShare waiting = pending.get(coach);
        if (waiting == null) {
            if (coaches.containsKey(coach)) {
                return CoachShareStatus.ACTIVE;
            }
            throw new NoPendingShare();
        }
        String seen = Text.LINE.required(CoachNameMismatch.FIELD, command.coachName());
        if (command.currentCoachName() == null || !seen.equals(command.currentCoachName())) {
            throw new CoachNameMismatch(coach, command.currentCoachName());
        }
        apply(new SharedWithCoach(id, coach, waiting.shareTimeline(), clock.instant()));
        return CoachShareStatus.ACTIVE;
    }

    /** Revoking drops a pending share too; revoking what was never shared changes nothing, so a repeated revocation is harmless. */
    @CommandHandler
    public boolean handle(RevokeCoachSharing command, Clock clock) {
        String coach = EmailAddress.parse("coachEmail", command.coachEmail()).value();
        if (!coaches.containsKey(coach) && !pending.containsKey(coach)) {
            return false;
        }
        apply(new CoachSharingRevoked(id, coach, clock.instant()));
        return true;
    }

    /** Erasing twice changes nothing; the account is gone after the first time anyway. */
    @CommandHandler
    public boolean handle(EraseCandidate command, Clock clock) {
        if (erased) {
            return false;
        }
        apply(new CandidateErased(id, clock.instant()));
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
            case SignatureChanged changed -> signature = changed.signature();
            case DigestSettingsChanged changed -> {
                digestEnabled = changed.enabled();
                digestTime = changed.at();
            }
            case CoachShareProposed proposed -> pending.put(proposed.coachEmail(),
                    new PendingShare(proposed.shareTimeline(), proposed.coachDisplayName()));
            case SharedWithCoach shared -> {
                pending.remove(shared.coachEmail());
                coaches.put(shared.coachEmail(), shared.shareTimeline());
            }
            case CoachSharingRevoked revoked -> {
                pending.remove(revoked.coachEmail());
                coaches.remove(revoked.coachEmail());
            }
            case CandidateErased gone -> {
                erased = true;
                coaches.clear();
                pending.clear();
            }
        }
    }
}
