package org.followthrough.application.settings;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Zones;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.candidate.ChangeDigestSettings;
import org.followthrough.domain.candidate.ChangeSignature;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Changes a candidate's time zone, region and policy numbers, in one transaction: the event, the sign-in record's copy
 * of where they live, and what depends on the settings (their due actions, worked out again).
 */
@Service
public class SettingsService {

    private final CommandGateway commands;
    private final CandidateSettingsStore store;
    private final PublicHolidayCalendars holidays;
    private final Accounts accounts;
    private final List<SettingsDependent> dependents;

    public SettingsService(CommandGateway commands, CandidateSettingsStore store, PublicHolidayCalendars holidays,
                           Accounts accounts, List<SettingsDependent> dependents) {
        this.commands = commands;
        this.store = store;
        this.holidays = holidays;
        this.accounts = accounts;
        this.dependents = List.copyOf(dependents);
    }

    public CandidateSettings current(CandidateId candidate) {
        return store.of(candidate).orElseThrow(() -> new NotFound("account", candidate));
    }

    @Transactional
    public CandidateSettings change(CandidateId candidate, @Nullable String timeZone, @Nullable String region,
                                    FollowUpPolicy policy) {
        ZoneId zone = Zones.require("timeZone", timeZone);
        Region where = Region.parse(Text.LINE.upTo(10).required("region", region));
        holidays.problemWith(where).ifPresent(problem -> {
            throw new RuleViolation("region", problem);
        });
        commands.sendAndWait(new ChangeCandidateSettings(candidate, zone, where, policy));
        accounts.moved(candidate, zone, where);
        dependents.forEach(dependent -> dependent.settingsChanged(candidate));
        return current(candidate);
    }

    /** The morning digest on or off, and its time of day ({@code HH:mm}); a part left out stays as it is. */
    @Transactional
    public CandidateSettings changeDigest(CandidateId candidate, @Nullable Boolean enabled, @Nullable String time) {
        CandidateSettings current = current(candidate);
        LocalTime at = current.digestTime();
        if (time != null) {
            try {
                at = LocalTime.parse(Text.LINE.upTo(8).required("digestTime", time));
            } catch (DateTimeParseException e) {
                throw new RuleViolation("digestTime", "must be a time of day such as 08:00");
            }
            if (at.getSecond() != 0 || at.getNano() != 0) {
                throw new RuleViolation("digestTime", "must be a time in whole minutes, such as 08:00");
            }
        }
        commands.sendAndWait(new ChangeDigestSettings(candidate, enabled == null ? current.digestEnabled() : enabled, at));
        return current(candidate);
    }

    public Signature signature(CandidateId candidate) {
        return store.signature(candidate);
    }

    /** A new signature (every part optional); checked before anything is recorded. */
    public Signature changeSignature(CandidateId candidate, Signature signature) {
        commands.sendAndWait(new ChangeSignature(candidate, signature.phone(), signature.email(), signature.profileUrl()));
        return store.signature(candidate);
    }

    /** What is left out of the change stays as it is. */
    @Transactional
    public CandidateSettings change(CandidateId candidate, SettingsChange change) {
        if (change.digestEnabled() != null || change.digestTime() != null) {
            changeDigest(candidate, change.digestEnabled(), change.digestTime());
        }
        CandidateSettings current = current(candidate);
        if (change.timeZone() == null && change.region() == null && change.policy() == null) {
            return current;
        }
        return change(candidate, change.timeZone() == null ? current.timeZone().getId() : change.timeZone(),
                change.region() == null ? current.region().code() : change.region(),
                change.policy() == null ? current.policy() : change.policy().over(current.policy()));
    }
}
